package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.claimline.workspace.ArticleIntake;
import org.claimline.workspace.LinkFetcher;

/** {@code add-link DIR URL}: downloads a page into a workspace folder and prints where it was saved. */
final class AddLinkCommand implements CliCommand {
    private final LinkFetcher fetcher;

    AddLinkCommand(LinkFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public String name() {
        return "add-link";
    }

    @Override
    public String summary() {
        return "DIR URL                  download a page into a folder as a new article";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), List.of(), args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR URL", List.of()));
            return 0;
        }
        List<String> dirAndUrl = parsed.positional(2, name(), "a folder and a link: DIR URL");
        Path dir = WorkspaceWiring.folder(dirAndUrl.get(0));
        LinkFetcher.Page page = fetcher.fetch(dirAndUrl.get(1));
        Path saved = new ArticleIntake(AppContext.cleaner(), Clock.systemUTC()).saveFetched(dir, page);
        out.println(saved);
        return 0;
    }
}
