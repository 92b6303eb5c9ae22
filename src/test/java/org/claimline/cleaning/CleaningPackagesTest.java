package org.claimline.cleaning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cleaner's packages (its top level, common, html, text, eval) depend on each other without a cycle. */
class CleaningPackagesTest {
    private static final String ROOT = "org.claimline.cleaning";

    /** The top level is a slice of its own next to each sub-package (with everything below it). */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals(ROOT)) {
                return SliceIdentifier.of("cleaning");
            }
            if (p.startsWith(ROOT + ".")) {
                return SliceIdentifier.of("cleaning." + p.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the top level of cleaning and each of its sub-packages";
        }
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.claimline.cleaning");
    }

    @Test
    void cleaningSlicesAreFreeOfCycles() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonIsALeaf() {
        noClasses().that().resideInAPackage("org.claimline.cleaning.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimline.cleaning",
                        "org.claimline.cleaning.html..", "org.claimline.cleaning.text..", "org.claimline.cleaning.eval..")
                .check(classes);
    }
}
