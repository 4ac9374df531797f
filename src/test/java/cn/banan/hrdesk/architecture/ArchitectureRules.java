package cn.banan.hrdesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * DESIGN.md §2 as rules, by package globs so a new feature package is covered without being listed: the launcher
 * starts the app; the app (window and command line) wires features; windows ({@code ..ui..}) show them; features
 * keep their data through the store and table files; everything stands on the pure policy and core.
 */
final class ArchitectureRules {
    static final String APP = "cn.banan.hrdesk.app..";
    static final String CLI = "cn.banan.hrdesk.cli..";
    static final String WINDOWS = "..ui..";
    static final String STORE = "cn.banan.hrdesk.store..";
    static final String TABLE_FILES = "cn.banan.hrdesk.xlsx..";
    static final String POLICY = "cn.banan.hrdesk.policy..";
    static final String CORE = "cn.banan.hrdesk.core..";

    /** Every package of the program that is none of the layers named above. */
    static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("cn.banan.hrdesk.(*)..")
            .and(DescribedPredicate.not(resideInAnyPackage(APP, CLI, WINDOWS, STORE, TABLE_FILES, POLICY, CORE)))
            .as("the feature packages");

    private ArchitectureRules() {
    }

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("cn.banan.hrdesk")
            .layer("App").definedBy(APP, CLI)
            .layer("Windows").definedBy(WINDOWS)
            .layer("Features").definedBy(FEATURES)
            .layer("Store").definedBy(STORE)
            .layer("TableFiles").definedBy(TABLE_FILES)
            .layer("Policy").definedBy(POLICY)
            .layer("Core").definedBy(CORE)
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Windows").mayOnlyBeAccessedByLayers("Launcher", "App", "Windows")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("App", "Windows", "Features")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Launcher", "App", "Windows", "Features")
            // the launcher points POI at a temp folder of its own before anything runs
            .whereLayer("TableFiles").mayOnlyBeAccessedByLayers("Launcher", "App", "Windows", "Features")
            .whereLayer("Policy").mayOnlyBeAccessedByLayers("App", "Windows", "Features", "Store", "TableFiles");

    static final ArchRule ONLY_WINDOWS_USE_JAVAFX = noClasses().that().resideOutsideOfPackages(WINDOWS, APP, "cn.banan.hrdesk")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("a service that holds a window's object cannot be run, or tested, without the FX thread");

    static final ArchRule POLICY_STANDS_ON_CORE_ONLY = classes().that().resideInAPackage(POLICY)
            .should().onlyDependOnClassesThat().resideInAnyPackage(POLICY, CORE, "java..")
            .because("the rules are a pure function of the facts: no database, file or window may reach into them");

    static final ArchRule CORE_IS_PURE = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..");

    static final ArchRule ONLY_REPOSITORIES_WRITE_SQL = noClasses()
            .that().resideOutsideOfPackages(STORE, "cn.banan.hrdesk.demo..", "cn.banan.hrdesk.exchange")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("cn.banan.hrdesk.store.generated..", "org.jooq.impl..")
            .because("SQL lives in repositories and in the exchange, which moves the rows of every table alike; services and imports"
                    + " only hand a transaction's DSLContext on");

    static final ArchRule WINDOWS_KNOW_NO_DATABASE = noClasses().that().resideInAnyPackage(WINDOWS, POLICY, CORE, CLI, "cn.banan.hrdesk.calculator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..");

    static final ArchRule POI_AND_CSV_STAY_IN_TABLE_FILES = noClasses().that().resideOutsideOfPackage("..xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..");

    static final ArchRule NO_CYCLES = SlicesRuleDefinition.slices().matching("cn.banan.hrdesk.(*)..").should().beFreeOfCycles();

    static final ArchRule LAUNCHER_IS_NO_APPLICATION = classes().that().haveFullyQualifiedName("cn.banan.hrdesk.Main")
            .should().notBeAssignableTo("javafx.application.Application");
}
