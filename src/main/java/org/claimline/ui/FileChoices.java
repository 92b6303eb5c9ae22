package org.claimline.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.claimline.export.ExportFormat;
import org.claimline.ui.reader.ReaderViewModel;

/** The main window's file choosers (open, import, export, Save As, a folder to analyse) and the clipboard copy. */
final class FileChoices {
    private final MainView w;
    private final ReaderViewModel vm;

    FileChoices(MainView w) {
        this.w = w;
        this.vm = w.viewModel();
    }

    void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open an article");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.html, *.htm)", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("Text dumps (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("Saved web pages (*.html, *.htm)", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (vm.fileProperty().get() != null && vm.fileProperty().get().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(vm.fileProperty().get().toAbsolutePath().getParent().toFile());
        }
        File f = fc.showOpenDialog(w.stage());
        if (f != null && w.confirmLeave("Open " + f.getName())) {
            vm.openFile(f.toPath());
        }
    }

    File initialFolder() {
        Path f = vm.fileProperty().get();
        Path dir = f == null ? null : f.toAbsolutePath().getParent();
        return dir != null && java.nio.file.Files.isDirectory(dir) ? dir.toFile() : null;
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    void chooseExport(ExportFormat format) {
        if (vm.session() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export claims as " + format.description());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description() + " (*." + format.extension()
                + ")", "*." + format.extension()));
        fc.setInitialDirectory(initialFolder());
        fc.setInitialFileName(baseName(vm.sourceName()) + "-claims." + format.extension());
        File f = fc.showSaveDialog(w.stage());
        if (f != null) {
            vm.document().exportTo(format, withExtension(f, format.extension()));
        }
    }

    static Path withExtension(File f, String ext) {
        return f.getName().contains(".") ? f.toPath() : f.toPath().resolveSibling(f.getName() + "." + ext);
    }

    void chooseAnalysisFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Analyse every annotated article under a folder");
        dc.setInitialDirectory(initialFolder());
        File folder = dc.showDialog(w.stage());
        if (folder != null) {
            w.openAnalysis(folder.toPath());
        }
    }

    void chooseExportFolder(ExportFormat format) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export every annotated article under a folder");
        dc.setInitialDirectory(initialFolder());
        File folder = dc.showDialog(w.stage());
        if (folder == null) {
            return;
        }
        if (format.corpusIsOneFile()) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the " + format.description());
            fc.setInitialDirectory(folder);
            fc.setInitialFileName(folder.getName() + "-claims." + format.extension());
            File out = fc.showSaveDialog(w.stage());
            if (out != null) {
                vm.document().exportFolder(format, folder.toPath(), withExtension(out, format.extension()));
            }
        } else {
            DirectoryChooser target = new DirectoryChooser();
            target.setTitle("Folder for the " + format.description() + " files (one per article)");
            File out = target.showDialog(w.stage());
            if (out != null) {
                vm.document().exportFolder(format, folder.toPath(), out.toPath());
            }
        }
    }

    void chooseImport() {
        if (vm.session() == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Import annotations into " + vm.sourceName());
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Annotations (*.json, *.jsonld)", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        fc.setInitialDirectory(initialFolder());
        File f = fc.showOpenDialog(w.stage());
        if (f != null) {
            vm.document().importAnnotations(f.toPath());
        }
    }

    boolean chooseSaveAs() {
        if (vm.session() == null) {
            return false;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the annotations as");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Claimline annotations (*.json)", "*.json"));
        Path start = vm.document().saveAsFolder(Path.of(System.getProperty("user.home")));
        fc.setInitialDirectory(java.nio.file.Files.isDirectory(start) ? start.toFile() : null);
        fc.setInitialFileName(vm.sourceName() + "-copy" + org.claimline.storage.SidecarNames.SUFFIX);
        File f = fc.showSaveDialog(w.stage());
        if (f != null) {
            vm.document().saveAs(withExtension(f, "json"));
            return true;
        }
        return false;
    }

    void copyAsMarkdown() {
        String md = vm.copyAsMarkdown();
        if (!md.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(md);
            Clipboard.getSystemClipboard().setContent(c);
        }
    }
}
