package com.parkops.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.ParkOpsApplication;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The indicators module keeps to its declared dependencies and its internal layering. */
class IndicatorModuleTests {

    @Test
    void shouldDependOnlyOnSharedZoneAndRegistryApis() {
        var modules = ApplicationModules.of(ParkOpsApplication.class);
        assertThat(modules.getModuleByName("indicators")).isPresent();
        var violations = modules.detectViolations().getMessages().stream()
                .filter(message -> message.contains("indicators"))
                .toList();
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepDomainFreeOfWebAndTypesPackagePrivate() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.parkops.indicators");
        ArchRule noWebInDomain = ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("..indicators.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..indicators.web..", "org.springframework.web..", "jakarta.servlet..");
        noWebInDomain.check(classes);
        ArchRule privateWeb = ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("..indicators.web..")
                .should()
                .notBePublic();
        privateWeb.check(classes);
    }
}
