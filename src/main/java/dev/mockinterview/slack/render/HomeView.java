package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.CategoryStats;
import dev.mockinterview.interview.Stats;
import dev.mockinterview.slack.ActionIds;
import java.util.ArrayList;
import java.util.List;

/** Pure rendering of the App Home tab: progress, reviews due, streak, and ways to start practising. */
public final class HomeView {
    private HomeView() {
    }

    public static View render(Stats stats) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Mock interview practice", true))));
        blocks.add(section(s -> s.text(markdownText(stats.empty()
                ? "Practise job interviews one question at a time: hints when you are stuck, a model answer to "
                        + "compare with, and feedback on every answer you write. Questions you find hard come back "
                        + "for review."
                : "Welcome back. Reviews come first, then questions you have not seen yet."))));
        String startLabel = stats.hasActiveSession() ? "Resume interview" : "Start interview";
        List<OptionObject> options = new ArrayList<>();
        for (CategoryStats c : stats.categories()) {
            options.add(option(plainText(c.category().label() + " (" + c.questionsInBank() + ")"),
                    c.category().slug()));
        }
        List<com.slack.api.model.block.element.BlockElement> elements = new ArrayList<>();
        elements.add(button(b -> b.actionId(ActionIds.HOME_START).text(plainText(startLabel, true))
                .value("start").style("primary")));
        if (!options.isEmpty()) {
            elements.add(staticSelect(s -> s.actionId(ActionIds.HOME_CATEGORY)
                    .placeholder(plainText("Practise a category")).options(options)));
        }
        blocks.add(actions(a -> a.blockId("mi_home_actions").elements(elements)));
        blocks.add(divider());
        blocks.addAll(LearningMessages.progressBlocks(stats));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "Anywhere in Slack: `/mockinterview stats` for these figures, `/mockinterview history` for your "
                        + "recent answers, `/mockinterview cap 10` to change your daily cap. Picking a category "
                        + "switches your interview under way to it.")))));
        return View.builder().type("home").blocks(blocks).build();
    }

    /** The slug chosen in the category menu, if it names a category. */
    public static Category category(String selectedValue) {
        return Category.fromSlug(selectedValue).orElse(null);
    }
}
