package org.steadyhand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The workstation's stylesheet parses without a single error: JavaFX only logs a CSS syntax error
 * and then reads the rest of the file as part of the broken rule, so one missing brace silently
 * unstyles every screen whose rules follow it.
 */
class StylesheetTest {
    @Test
    void theStylesheetParsesWithoutErrors() throws IOException {
        URL url = WorkstationView.class.getResource(WorkstationView.STYLESHEET);
        assertThat(url).as("stylesheet on the class path").isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(url);

        assertThat(List.copyOf(CssParser.errorsProperty()))
                .extracting(Object::toString)
                .isEmpty();
        assertThat(sheet.getRules()).as("rules read").hasSizeGreaterThan(40);
    }

    @Test
    void theReviewAndAlertRulesAreSeparateRules() throws IOException {
        Stylesheet sheet = new CssParser().parse(WorkstationView.class.getResource(WorkstationView.STYLESHEET));

        List<String> selectors = sheet.getRules().stream()
                .map(Rule::getSelectors)
                .flatMap(List::stream)
                .map(Object::toString)
                .toList();

        assertThat(selectors).contains("*.alert-danger", "*.detail-title");
    }
}
