package cn.banan.hrdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The program's classes (not the tests') against every rule of {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "cn.banan.hrdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = ArchitectureRules.LAYERS;
    @ArchTest
    static final ArchRule onlyWindowsUseJavaFx = ArchitectureRules.ONLY_WINDOWS_USE_JAVAFX;
    @ArchTest
    static final ArchRule policyStandsOnCoreOnly = ArchitectureRules.POLICY_STANDS_ON_CORE_ONLY;
    @ArchTest
    static final ArchRule coreIsPure = ArchitectureRules.CORE_IS_PURE;
    @ArchTest
    static final ArchRule onlyRepositoriesWriteSql = ArchitectureRules.ONLY_REPOSITORIES_WRITE_SQL;
    @ArchTest
    static final ArchRule windowsKnowNoDatabase = ArchitectureRules.WINDOWS_KNOW_NO_DATABASE;
    @ArchTest
    static final ArchRule poiAndCsvStayInTableFiles = ArchitectureRules.POI_AND_CSV_STAY_IN_TABLE_FILES;
    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;
    @ArchTest
    static final ArchRule launcherIsNoApplication = ArchitectureRules.LAUNCHER_IS_NO_APPLICATION;
}
