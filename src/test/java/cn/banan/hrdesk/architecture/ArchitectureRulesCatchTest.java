package cn.banan.hrdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.banan.hrdesk.claims.planted.FeatureReachingTheApp;
import cn.banan.hrdesk.claims.planted.ServiceHoldingANode;
import cn.banan.hrdesk.claims.planted.ServiceWritingSql;
import cn.banan.hrdesk.core.planted.CoreWithAWindow;
import cn.banan.hrdesk.plantedone.One;
import cn.banan.hrdesk.plantedtwo.Two;
import cn.banan.hrdesk.policy.planted.RuleReadingTheDatabase;
import cn.banan.hrdesk.registry.ui.planted.WindowWithSql;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a violation planted where it would hurt (classes in the test sources, never used): a rule that
 * passes everything proves nothing. The program's own classes are checked against the same rules in {@link ArchitectureTest}.
 */
class ArchitectureRulesCatchTest {
    static boolean catches(ArchRule rule, Class<?>... planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        return rule.evaluate(classes).hasViolation();
    }

    @Test
    void aWindowsObjectInAServiceIsCaught() {
        assertThat(catches(ArchitectureRules.ONLY_WINDOWS_USE_JAVAFX, ServiceHoldingANode.class)).isTrue();
    }

    @Test
    void theDatabaseInThePolicyIsCaughtTwice() {
        assertThat(catches(ArchitectureRules.POLICY_STANDS_ON_CORE_ONLY, RuleReadingTheDatabase.class)).isTrue();
        assertThat(catches(ArchitectureRules.LAYERS, RuleReadingTheDatabase.class)).as("the store is not the policy's to reach").isTrue();
    }

    @Test
    void aFeatureReachingIntoTheAppIsCaught() {
        assertThat(catches(ArchitectureRules.LAYERS, FeatureReachingTheApp.class)).isTrue();
    }

    @Test
    void sqlAndWorkbooksOutsideTheirPlacesAreCaught() {
        assertThat(catches(ArchitectureRules.ONLY_REPOSITORIES_WRITE_SQL, ServiceWritingSql.class)).isTrue();
        assertThat(catches(ArchitectureRules.POI_AND_CSV_STAY_IN_TABLE_FILES, ServiceWritingSql.class)).isTrue();
        assertThat(catches(ArchitectureRules.WINDOWS_KNOW_NO_DATABASE, WindowWithSql.class)).isTrue();
    }

    @Test
    void aWindowInTheCoreAndACycleAreCaught() {
        assertThat(catches(ArchitectureRules.CORE_IS_PURE, CoreWithAWindow.class)).isTrue();
        assertThat(catches(ArchitectureRules.ONLY_WINDOWS_USE_JAVAFX, CoreWithAWindow.class)).isTrue();
        assertThat(catches(ArchitectureRules.NO_CYCLES, One.class, Two.class)).isTrue();
    }

    @Test
    void theRulesLetTheRightPlacesBe() {
        assertThat(catches(ArchitectureRules.ONLY_WINDOWS_USE_JAVAFX, ServiceWritingSql.class)).as("a service without a window").isFalse();
        assertThat(catches(ArchitectureRules.NO_CYCLES, One.class)).as("one side alone is no cycle").isFalse();
        assertThat(catches(ArchitectureRules.POLICY_STANDS_ON_CORE_ONLY, cn.banan.hrdesk.policy.SubsidyRules.class)).isFalse();
    }
}
