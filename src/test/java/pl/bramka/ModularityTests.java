package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Committed, so the module overview in docs/ is always the one of the code beside it. */
    private static final String OVERVIEW = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(BramkaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        modules.forEach(module -> {
            String basePackage = module.getBasePackage().getName();
            ApplicationModule declaration = declarationOf(basePackage);
            assertThat(declaration).as(basePackage + " has no @ApplicationModule").isNotNull();
            assertThat(declaration.allowedDependencies()).as(basePackage + " allows every dependency")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    /**
     * The Documenter writes a diagram's relations in an order that changes from run to run; sorted, an unchanged
     * module structure leaves docs/ unchanged.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = lines.stream().filter(ModularityTests::isRelation).sorted().toList();
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
            if (!isRelation(line)) {
                sorted.add(line);
            } else if (sorted.stream().noneMatch(ModularityTests::isRelation)) {
                sorted.addAll(relations);
            }
        }
        Files.write(diagram, sorted);
    }

    /** Likewise the bullet lists of a canvas (services, events, …): a list starts with "* " or, in a cell, "|* ". */
    private static void sortLists(Path canvas) throws IOException {
        List<String> lines = Files.readAllLines(canvas);
        List<String> sorted = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && (lines.get(end).startsWith("* ")
                    || end == start && lines.get(end).startsWith("|* "))) {
                end++;
            }
            if (end == start) {
                sorted.add(lines.get(start++));
                continue;
            }
            boolean inCell = lines.get(start).startsWith("|");
            List<String> items = lines.subList(start, end).stream()
                    .map(line -> line.substring(line.indexOf("* "))).sorted().toList();
            for (int i = 0; i < items.size(); i++) {
                sorted.add(i == 0 && inCell ? "|" + items.get(i) : items.get(i));
            }
            start = end;
        }
        Files.write(canvas, sorted);
    }

    private static boolean isRelation(String line) {
        return line.startsWith("Rel(");
    }

    private static ApplicationModule declarationOf(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return null;
        }
    }

    @Test
    void theModuleOverviewInDocsIsWrittenFromTheCode() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OVERVIEW))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> files = Files.list(Path.of(OVERVIEW))) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    sortRelations(file);
                } else if (file.toString().endsWith(".adoc")) {
                    sortLists(file);
                }
            }
        }

        assertThat(Path.of(OVERVIEW, "components.puml")).exists();
        modules.forEach(module -> assertThat(Files.exists(Path.of(OVERVIEW, "module-" + module.getIdentifier()
                + ".adoc"))).as(module.getIdentifier().toString()).isTrue());
    }
}
