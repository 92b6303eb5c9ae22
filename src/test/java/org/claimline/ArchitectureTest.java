package org.claimline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.claimline");
    }

    @Test
    void purePackagesUseNoToolkitAndNoJackson() {
        noClasses().that().resideInAnyPackage("..model..", "..cleaning..", "..anchoring..", "..session..", "..export..",
                        "..files..", "org.claimline.workspace..", "org.claimline.search..", "org.claimline.analysis..",
                        "org.claimline.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reactfx..",
                        "org.controlsfx..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInStorage() {
        noClasses().that().resideOutsideOfPackage("..storage..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void toolkitOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reactfx..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void luceneOnlyInSearch() {
        noClasses().that().resideOutsideOfPackage("org.claimline.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void workspaceCoreDoesNotKnowTheSearchEngine() {
        noClasses().that().resideInAPackage("org.claimline.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimline.search..", "org.claimline.ui..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.claimline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimline.cleaning..", "org.claimline.anchoring..",
                        "org.claimline.session..", "org.claimline.storage..", "org.claimline.export..",
                        "org.claimline.ui..", "org.claimline.app..")
                .check(classes);
    }

    @Test
    void filesDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.claimline.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimline.model..", "org.claimline.cleaning..",
                        "org.claimline.anchoring..", "org.claimline.session..", "org.claimline.storage..",
                        "org.claimline.export..", "org.claimline.ui..", "org.claimline.app..")
                .check(classes);
    }

    @Test
    void onlyAppDependsOnApp() {
        noClasses().that().resideOutsideOfPackage("org.claimline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.claimline.app..")
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.fxmisc..", "org.controlsfx..", "org.reactfx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiDoesNotUseStorageInternalsOrJackson() {
        noClasses().that().resideInAPackage("org.claimline.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.claimline.storage.dto..")
                .check(classes);
    }

    @Test
    void storageIsFormatAndFileInputOutputOnly() {
        // of ours, storage uses model and files only: no session, merge, anchoring or cleaner
        noClasses().that().resideInAPackage("org.claimline.storage..")
                .should().dependOnClassesThat(resideInAPackage("org.claimline..").and(not(resideInAnyPackage(
                        "org.claimline.storage..", "org.claimline.model..", "org.claimline.files.."))))
                .check(classes);
    }

    @Test
    void noViewModelDependsOnAnotherViewModelsClass() {
        // view-models meet through ports (ui.common's DocumentFeed, ClaimSelection, ViewOptions; reader's FindHits)
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should(new ArchCondition<JavaClass>("depend on no other view-model's class") {
                    @Override
                    public void check(JavaClass vm, ConditionEvents events) {
                        for (Dependency d : vm.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            String top = target.getName().replaceAll("\\$.*", "");
                            if (top.endsWith("ViewModel") && !top.equals(vm.getName())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                }).check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // every package, sub-packages included
        slices().matching("org.claimline.(**)").should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theRepositoryOwnsReanchoring() {
        // the anchorer is reached through the repository's placer port; lab tooling may drive it directly
        noClasses().that().resideOutsideOfPackages("org.claimline.anchoring..", "org.claimline.repository..",
                        "org.claimline.lab..", "org.claimline.app..")
                .should().dependOnClassesThat().resideInAPackage("org.claimline.anchoring..")
                .check(classes);
    }

    @Test
    void repositoryIsPure() {
        noClasses().that().resideInAPackage("org.claimline.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.fasterxml..",
                        "org.claimline.ui..", "org.claimline.app..")
                .check(classes);
    }

    @Test
    void documentDependsOnNoViewOrApp() {
        noClasses().that().resideInAPackage("org.claimline.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimline.ui..", "org.claimline.app..")
                .check(classes);
    }
}
