package org.claimline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.claimline.repository.AnnotationRepository;
import org.claimline.repository.Reanchoring;
import org.claimline.export.ExportFormat;
import org.claimline.model.TextRange;
import org.claimline.storage.SidecarStore;
import org.claimline.ui.common.MemoryPreferences;
import org.claimline.ui.reader.ReaderViewModel;
import org.claimline.ui.common.CoderIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coder of the preferences is the creator in the sidecar and the exports: a W3C agent with the ORCID IRI. */
class CoderIdentityFlowTest {
    @TempDir
    Path dir;

    @Test
    void creatorIsAnAgentWithTheOrcidInSidecarsAndExports() throws Exception {
        MemoryPreferences prefs = new MemoryPreferences();
        new CoderIdentity(prefs).save("Ana Analyst", "AA", "0000-0002-1825-0097").ifPresent(p -> {
            throw new AssertionError(p);
        });
        Path file = dir.resolve("op-ed.txt");
        Files.writeString(file, ReaderSidecarFlowTest.ARTICLE, StandardCharsets.UTF_8);
        ReaderViewModel vm = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                new AnnotationRepository(Reanchoring.standard()), prefs, Runnable::run, Runnable::run)
                .withSharing(AppContext.sharing());
        vm.openFile(file);
        String text = vm.session().article().text();
        int at = text.indexOf("trade dispute");
        vm.addClaim(new TextRange(at, at + 13), false);
        vm.saveNow();

        ObjectMapper json = new ObjectMapper();
        JsonNode creator = json.readTree(SidecarStore.sidecarFor(file).toFile()).path("first").path("items").get(0).path("creator");
        assertEquals("https://orcid.org/0000-0002-1825-0097", creator.path("id").asText(), creator.toString());
        assertEquals("Person", creator.path("type").asText());
        assertEquals("Ana Analyst", creator.path("name").asText());
        assertEquals("AA", creator.path("nickname").asText());

        Path jsonld = dir.resolve("claims.jsonld");
        vm.exportTo(ExportFormat.JSONLD, jsonld);
        JsonNode exported = json.readTree(jsonld.toFile()).path("first").path("items").get(0).path("creator");
        assertEquals(creator, exported, Files.readString(jsonld));
        Path qdpx = dir.resolve("corpus.qdpx");
        vm.exportFolder(ExportFormat.QDPX, dir, qdpx);
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            String project = new String(z.getInputStream(z.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(project.contains("name=\"Ana Analyst\" id=\"https://orcid.org/0000-0002-1825-0097\""), project);
        }

        // reopened, the claim's creator is the same coder (saving again keeps the agent as it is)
        ReaderViewModel again = new ReaderViewModel(new CleanerArticleSource(AppContext.cleaner()),
                new AnnotationRepository(Reanchoring.standard()), new MemoryPreferences(), Runnable::run, Runnable::run);
        again.openFile(file);
        assertEquals("Ana Analyst [AA] <https://orcid.org/0000-0002-1825-0097>", again.claims().get(0).creator());
    }
}
