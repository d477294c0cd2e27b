package org.steadyhand.ui.trends;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.steadyhand.session.TrainingModule;
import org.steadyhand.store.TraineeRepository.Trainee;

/**
 * The Trends screen: trainee and module pickers, a headline, the learning curve and the cohort
 * standing chart. Builds nodes and binds them to {@link TrendsViewModel}.
 */
public final class TrendsView {
    private final BorderPane root = new BorderPane();

    public TrendsView(TrendsViewModel model) {
        ComboBox<Trainee> trainee = new ComboBox<>(model.trainees());
        trainee.setId("trends-trainee");
        trainee.setPrefWidth(260);
        trainee.setPromptText("No trainees yet");
        trainee.setConverter(converter(Trainee::name));
        trainee.valueProperty().bindBidirectional(model.traineeProperty());
        ComboBox<TrainingModule> module = new ComboBox<>();
        module.setId("trends-module");
        module.getItems().setAll(model.modules());
        module.setConverter(converter(TrainingModule::name));
        module.valueProperty().bindBidirectional(model.moduleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(26, 26);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox bar = new HBox(16, field("Trainee"), trainee, field("Module"), module, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("control-bar");
        root.setTop(bar);

        Label headline = new Label();
        headline.setId("trends-headline");
        headline.getStyleClass().add("panel-title");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        Label standing = new Label();
        standing.setId("trends-standing");
        standing.setWrapText(true);
        standing.textProperty().bind(model.standingProperty());
        TrendChart curve = new TrendChart(TrendChart.Kind.LEARNING_CURVE, ZoneId.systemDefault());
        curve.setId("trends-curve");
        TrendChart cohort = new TrendChart(TrendChart.Kind.COHORT, ZoneId.systemDefault());
        cohort.setId("trends-cohort");
        curve.show(model.trendProperty().get());
        cohort.show(model.trendProperty().get());
        model.trendProperty().addListener((o, old, now) -> {
            curve.show(now);
            cohort.show(now);
        });
        VBox body = new VBox(
                8,
                headline,
                title("Learning curve (overall score, 0–100)"),
                curve,
                standing,
                title("Standing in the cohort (scores by session number)"),
                cohort);
        VBox.setVgrow(curve, Priority.ALWAYS);
        VBox.setVgrow(cohort, Priority.ALWAYS);
        body.setPadding(new Insets(10, 16, 12, 16));
        root.setCenter(body);
    }

    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    public Parent root() {
        return root;
    }
}
