package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The packages of the three modules (toolkit, reports, cli) form no cycle, so each can be read, tested and split
 * apart on its own; and no command uses another command (what two commands share lives outside both).
 */
class PackageCyclesTest {

    /** The project's own classes, without the tests' (target/test-classes, the toolkit's test jar). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("fr.enquete");

    /** Each package (report and report.doc apart) is a slice. */
    private static final ArchRule NO_CYCLES = SlicesRuleDefinition.slices().matching("fr.enquete.(**)").should().beFreeOfCycles();

    @Test
    void noPackageCycle() {
        NO_CYCLES.check(MAIN);
    }

    /** The rule sees a cycle where there is one: two test classes of different packages that use each other. */
    @Test
    void theRuleFailsOnACycle() {
        JavaClasses cycle = new ClassFileImporter().importClasses(fr.enquete.cli.cycle.a.A.class, fr.enquete.cli.cycle.b.B.class);
        assertThrows(AssertionError.class, () -> NO_CYCLES.check(cycle));
    }

    @Test
    void noCommandUsesAnotherCommand() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().haveSimpleNameEndingWith("Command").and().resideInAPackage("fr.enquete.cli")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("use no other command") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                        for (com.tngtech.archunit.core.domain.Dependency d : c.getDirectDependenciesFromSelf()) {
                            if (d.getDescription().contains("has annotation member of type")) {
                                continue; // a command declaring its subcommands (@Command(subcommands = ...)) does not use them
                            }
                            com.tngtech.archunit.core.domain.JavaClass target = d.getTargetClass();
                            String owner = target.getName().replaceAll("\\$.*", "");
                            if (owner.endsWith("Command") && owner.startsWith("fr.enquete.cli.") && !owner.equals(c.getName().replaceAll("\\$.*", ""))) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }
}
