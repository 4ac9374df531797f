package cn.banan.hrdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** DESIGN.md §2: app → features → policy/core, features → store; core touches no JavaFX, jOOQ or POI. */
@AnalyzeClasses(packages = "cn.banan.hrdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsPure = noClasses().that().resideInAPackage("..hrdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..", "java.sql..",
                    "cn.banan.hrdesk.store..", "cn.banan.hrdesk.registry..", "cn.banan.hrdesk.ui..", "cn.banan.hrdesk.app..");

    @ArchTest
    static final ArchRule policyIsPure = noClasses().that().resideInAPackage("..hrdesk.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..", "java.sql..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyRepositoriesWriteSql = noClasses()
            .that().resideOutsideOfPackages("..hrdesk.store..", "..hrdesk.demo..", "cn.banan.hrdesk.exchange")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("cn.banan.hrdesk.store.generated..", "org.jooq.impl..")
            .because("SQL lives in repositories and in the exchange, which moves the rows of every table alike; services and imports"
                    + " only hand a transaction's DSLContext on");

    @ArchTest
    static final ArchRule windowsAndRulesKnowNoDatabase = noClasses()
            .that().resideInAnyPackage("..hrdesk.ui..", "..hrdesk.registry.ui..", "..hrdesk.claims.ui..", "..hrdesk.params.ui..",
                    "..hrdesk.security.ui..", "..hrdesk.ledger.ui..", "..hrdesk.registers.ui..", "..hrdesk.liaison.ui..",
                    "..hrdesk.enterprises.ui..", "..hrdesk.office.ui..", "..hrdesk.exchange.ui..",
                    "..hrdesk.policy..", "..hrdesk.core..", "..hrdesk.calculator..", "..hrdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    @ArchTest
    static final ArchRule featuresDoNotReachUpIntoTheApp = noClasses()
            .that().resideInAnyPackage("..hrdesk.registry..", "..hrdesk.store..", "..hrdesk.ui..", "..hrdesk.xlsx..", "..hrdesk.demo..",
                    "..hrdesk.claims..", "..hrdesk.params..", "..hrdesk.calculator..", "..hrdesk.policy..", "..hrdesk.core..",
                    "..hrdesk.security..", "..hrdesk.ledger..", "..hrdesk.registers..", "..hrdesk.liaison..",
                    "..hrdesk.enterprises..", "..hrdesk.office..", "..hrdesk.reports..", "..hrdesk.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.banan.hrdesk.app..", "cn.banan.hrdesk.cli..");

    @ArchTest
    static final ArchRule domainAndStoreHaveNoWindows = noClasses()
            .that().resideInAnyPackage("..hrdesk.store..", "..hrdesk.xlsx..", "..hrdesk.demo..", "..hrdesk.cli..")
            .or().resideInAPackage("cn.banan.hrdesk.registry")
            .or().resideInAPackage("cn.banan.hrdesk.registry.xlsx")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule poiAndCsvStayInTableFileCode = noClasses()
            .that().resideOutsideOfPackages("..xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule noCycles = SlicesRuleDefinition.slices().matching("cn.banan.hrdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule launcherIsNoApplication = classes().that().haveFullyQualifiedName("cn.banan.hrdesk.Main")
            .should().notBeAssignableTo("javafx.application.Application");
}
