package org.steadyhand.ui.devices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steadyhand.core.BadInputException;
import org.steadyhand.device.SourceSpec;

/**
 * The Devices screen's model: the sources seen now (refreshed on request and every {@value
 * #SCAN_PERIOD_MILLIS} ms), one source opened for testing with its channels' live values, channel
 * assignment into the {@code devices.json} profile, and the force and pen-area calibrations.
 *
 * <p>Threading: properties and commands on the FX thread. Scanning, opening, reading and storing
 * run one at a time on {@code background} (never the FX thread); results come back through {@code
 * fx}. The opened source is touched only on {@code background}.
 */
public final class DevicesViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevicesViewModel.class);
    /** Background re-scan period: a plugged-in gauge shows up within 2 s. */
    static final long SCAN_PERIOD_MILLIS = 2_000;
    /** Live values are shown 10 times a second: fast enough to see a gauge move, cheap for the table. */
    static final long PUBLISH_PERIOD_MILLIS = 100;
    /** The message while a calibration step runs; replaced by its outcome. */
    static final String WORKING = "Reading the sensor…";

    private final ScheduledExecutorService background;
    private final Executor fx;
    private final DevicesBackend backend; // background thread only
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();

    private final ObservableList<DeviceListing> devices = FXCollections.observableArrayList();
    private final ObservableList<ChannelRow> channels = FXCollections.observableArrayList();
    private final ObservableList<DeviceListing> devicesShown = FXCollections.unmodifiableObservableList(devices);
    private final ObservableList<ChannelRow> channelsShown = FXCollections.unmodifiableObservableList(channels);
    private final Map<String, String> assignments = new LinkedHashMap<>(); // FX thread
    private final ReadOnlyStringWrapper listingText =
            new ReadOnlyStringWrapper(this, "listingText", "Looking for devices…");
    private final ReadOnlyStringWrapper openText = new ReadOnlyStringWrapper(this, "openText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper calibrationText = new ReadOnlyStringWrapper(this, "calibrationText", "");
    private final ReadOnlyStringWrapper penAreaText = new ReadOnlyStringWrapper(this, "penAreaText", "");
    private final StringProperty calibrationChannel = new SimpleStringProperty(this, "calibrationChannel", "");
    private final StringProperty massGrams = new SimpleStringProperty(this, "massGrams", "100");

    public DevicesViewModel(DevicesService service, ScheduledExecutorService background, Executor fx, Clock clock) {
        this.background = background;
        this.fx = fx;
        this.backend = new DevicesBackend(service, clock);
    }

    /** Starts the background scan and the live-value updates; call once the window shows. */
    public void activate() {
        timers.add(background.scheduleWithFixedDelay(this::scanAndShow, 0, SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS));
        timers.add(background.scheduleWithFixedDelay(
                this::publish, PUBLISH_PERIOD_MILLIS, PUBLISH_PERIOD_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** Scans now (the Refresh button). */
    public void refresh() {
        background.execute(this::scanAndShow);
    }

    private void scanAndShow() {
        backend.scan();
        publish();
    }

    /**
     * Adds a source by its spec, e.g. a camera ({@code camera:mjpeg:http://...}); it is listed from
     * then on in this window.
     */
    public void addSpec(String text) {
        try {
            String spec = SourceSpec.parse(text).text();
            background.execute(() -> {
                backend.addSpec(spec);
                publish();
            });
            message.set("Added " + SourceSpec.withSecretsHidden(spec) + "; press Test to open it.");
        } catch (BadInputException e) {
            message.set(e.getMessage());
        }
    }

    /** Opens {@code listing}'s source for testing, closing the one open before. */
    public void open(DeviceListing listing) {
        if (listing.device().spec().isEmpty()) {
            message.set(listing.device().name() + " has no source spec: add a profile for it to devices.json.");
            return;
        }
        assignments.clear();
        calibrationChannel.set("");
        message.set("Opening " + listing.device().name() + "…");
        background.execute(() -> {
            String problem = backend.open(listing.device());
            fx.execute(() -> message.set(problem));
            publish();
        });
    }

    /** Closes the source opened for testing. */
    public void closeSource() {
        background.execute(() -> {
            backend.close();
            publish();
        });
    }

    /** Builds what the screen shows from the scan and the open source; on the background thread. */
    private void publish() {
        try {
            LiveTexts.Shown shown = backend.shown();
            fx.execute(() -> show(shown));
        } catch (RuntimeException e) {
            LOG.error("updating the devices screen failed", e);
        }
    }

    private void show(LiveTexts.Shown shown) {
        replaceChanged(devices, shown.listings());
        List<ChannelRow> rows = shown.channels().stream()
                .map(row -> new ChannelRow(
                        row.name(),
                        row.unit(),
                        row.rateHz(),
                        row.rawText(),
                        row.valueText(),
                        assignments.getOrDefault(row.name(), row.assignedTo())))
                .toList();
        replaceChanged(channels, rows);
        listingText.set(shown.listingText());
        openText.set(shown.openText());
        // A channel of the source open before (or none yet): switch to this source's first force channel.
        String current = calibrationChannel.get() == null ? "" : calibrationChannel.get();
        if (!shown.calibrationTexts().containsKey(current)) {
            calibrationChannel.set(shown.defaultCalibrationChannel().orElse(""));
        }
        calibrationText.set(shown.calibrationTexts()
                .getOrDefault(
                        calibrationChannel.get(),
                        rows.isEmpty()
                                ? "Open a source with Test to zero or calibrate its force channel."
                                : "This source has no force channel to calibrate."));
        penAreaText.set(shown.penAreaText());
    }

    /** Sets only the rows that changed, so a table keeps its selection and scroll position. */
    private static <T> void replaceChanged(ObservableList<T> list, List<T> rows) {
        if (list.size() != rows.size()) {
            list.setAll(rows);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!list.get(i).equals(rows.get(i))) {
                list.set(i, rows.get(i));
            }
        }
    }

    /** Takes the selected channel's last second as the no-load readings (and re-zeroes if its scale is known). */
    public void zero() {
        String channel = calibrationChannel.get();
        message.set(WORKING);
        background.execute(() -> calibrate(new CalibrationCommand.Zero(channel)));
    }

    /** Takes the selected channel's last second as the readings with {@link #massGramsProperty()} on it. */
    public void knownWeight() {
        String channel = calibrationChannel.get();
        double grams;
        try {
            grams = Double.parseDouble(massGrams.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            message.set("Enter the known mass in grams, e.g. 100");
            return;
        }
        message.set(WORKING);
        background.execute(() -> calibrate(new CalibrationCommand.KnownWeight(channel, grams)));
    }

    private void calibrate(CalibrationCommand command) {
        String result = backend.calibrate(command);
        fx.execute(() -> message.set(result));
        publish();
    }

    /** Records the pen's position now as a corner of the working area; the second corner saves it. */
    public void penCorner() {
        background.execute(() -> {
            String result = backend.penCorner();
            fx.execute(() -> message.set(result));
            publish();
        });
    }

    /** Saves a working area typed in tablet millimetres. */
    public void enterPenArea(String left, String top, String right, String bottom) {
        background.execute(() -> {
            String result = backend.enterPenArea(left, top, right, bottom);
            fx.execute(() -> message.set(result));
            publish();
        });
    }

    /** Assigns {@code channel} of the open source to the rig channel {@code rigChannel} (saved by {@link #saveAssignments}). */
    public void assign(String channel, String rigChannel) {
        assignments.put(channel, rigChannel == null ? "" : rigChannel.strip());
    }

    /** Writes the assignments into the open source's {@code devices.json} profile as channel renames. */
    public void saveAssignments() {
        Map<String, String> chosen = new LinkedHashMap<>(assignments);
        background.execute(() -> {
            String result = backend.saveAssignments(chosen);
            fx.execute(() -> message.set(result));
        });
    }

    public ObservableList<DeviceListing> devices() {
        return devicesShown;
    }

    /** Channels of the open source with their newest values; empty when nothing is open. */
    public ObservableList<ChannelRow> channels() {
        return channelsShown;
    }

    /** e.g. {@code 4 sources seen, updated 10:42:07}, or why the listing failed. */
    public ReadOnlyStringProperty listingTextProperty() {
        return listingText.getReadOnlyProperty();
    }

    /** The open source, its status and counters; empty-state text when nothing is open. */
    public ReadOnlyStringProperty openTextProperty() {
        return openText.getReadOnlyProperty();
    }

    /** The outcome of the last command (calibration stored, refused readings, ...). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The stored zero and scale of {@link #calibrationChannelProperty()} and when it was calibrated. */
    public ReadOnlyStringProperty calibrationTextProperty() {
        return calibrationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty penAreaTextProperty() {
        return penAreaText.getReadOnlyProperty();
    }

    /** The channel Zero and Known weight act on. */
    public StringProperty calibrationChannelProperty() {
        return calibrationChannel;
    }

    /** The known mass, grams, as typed. */
    public StringProperty massGramsProperty() {
        return massGrams;
    }

    /** Stops the timers and closes the open source; blocks until closed, so call off the FX thread. */
    @Override
    public void close() {
        timers.forEach(timer -> timer.cancel(false));
        try {
            background.submit(backend::close).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("devices background already shut down");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("closing the tested source failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
