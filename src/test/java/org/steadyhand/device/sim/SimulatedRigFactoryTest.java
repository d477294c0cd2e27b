package org.steadyhand.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.steadyhand.core.BadInputException;
import org.steadyhand.core.Channel;
import org.steadyhand.core.SessionClock;
import org.steadyhand.device.SampleSource;
import org.steadyhand.device.SourceContext;
import org.steadyhand.device.SourceEvent;
import org.steadyhand.device.SourceRegistry;
import org.steadyhand.device.SourceSpec;

@Timeout(60)
class SimulatedRigFactoryTest {
    private static final SourceContext ANTI_TREMOR = new SourceContext(SessionClock.startNow(), "anti-tremor");

    private static SampleSource open(SimulatedRigFactory factory, String spec, SourceContext context) {
        return factory.create(SourceSpec.parse(spec), context);
    }

    private static SampleSource open(String spec) {
        return open(new SimulatedRigFactory(() -> 12345L), spec, ANTI_TREMOR);
    }

    @Test
    void opensTheSimScheme() {
        assertThat(new SimulatedRigFactory().scheme()).isEqualTo("sim");
        SourceRegistry registry = new SourceRegistry(List.of(new SimulatedRigFactory()));
        assertThat(registry.open("sim:3", ANTI_TREMOR).spec()).isEqualTo("sim:3?skill=intermediate");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            sim:42,                            sim:42?skill=intermediate
            sim:42?skill=novice,               sim:42?skill=novice
            sim:-7?skill=EXPERT,               sim:-7?skill=expert
            sim:42?pace=fast&skill=expert,     sim:42?skill=expert&pace=fast
            sim:42?pace=realtime,              sim:42?skill=intermediate
            """)
    void specNamesSeedAndSkillInCanonicalForm(String given, String canonical) {
        assertThat(open(given).spec()).isEqualTo(canonical);
    }

    // The seedless specs below are written 'sim:?skill=...', which every version of SourceSpec.parse
    // reads as "no seed"; the shorter 'sim?skill=...' was misread as a seed before SourceSpec's fix.
    @Test
    void picksSeedWhenNoneIsGivenAndNamesItInTheSpec() {
        String first = open(new SimulatedRigFactory(() -> 1L), "sim:?skill=novice", ANTI_TREMOR)
                .spec();
        String second = open(new SimulatedRigFactory(() -> 2L), "sim:?skill=novice", ANTI_TREMOR)
                .spec();
        assertThat(first).matches("sim:\\d{1,9}\\?skill=novice");
        assertThat(second).matches("sim:\\d{1,9}\\?skill=novice").isNotEqualTo(first);
        assertThat(open(new SimulatedRigFactory(() -> 1L), "sim", ANTI_TREMOR).spec())
                .isEqualTo(first.replace("novice", "intermediate"));
    }

    @Test
    void canonicalSpecOfPickedSeedReproducesTheSameData() throws InterruptedException {
        SimulatedRigFactory factory = new SimulatedRigFactory();
        SampleSource original = open(factory, "sim:?skill=novice&pace=fast", ANTI_TREMOR);
        SampleSource replayed = open(factory, original.spec(), ANTI_TREMOR);
        assertThat(replayed.spec()).isEqualTo(original.spec());
        assertThat(firstValues(replayed, 500)).containsExactly(firstValues(original, 500));
    }

    private static double[] firstValues(SampleSource source, int n) throws InterruptedException {
        RecordingListener listener = new RecordingListener(n);
        try {
            source.start(listener);
            assertThat(listener.awaitEnough()).isTrue();
        } catch (org.steadyhand.device.DeviceException e) {
            throw new AssertionError(e);
        } finally {
            source.stop();
        }
        return listener.values("tip_x", n);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sim:1?speed=2              | source 'sim:1?speed=2': unknown option 'speed'; the simulated rig takes skill and pace
            sim:1?skill=pro            | source 'sim:1?skill=pro': skill must be novice, intermediate or expert, got 'pro'
            sim:1?pace=slow            | source 'sim:1?pace=slow': pace must be realtime or fast, got 'slow'
            sim:?skill=novice&baud=9600 | source 'sim:?skill=novice&baud=9600': unknown option 'baud'; the simulated rig takes skill and pace
            """)
    void rejectsOptionsItDoesNotHaveWithOneClearSentence(String spec, String message) {
        assertThatExceptionOfType(BadInputException.class)
                .isThrownBy(() -> open(spec))
                .withMessage(message);
    }

    @Test
    void refusesSpecsOfOtherSchemes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SimulatedRigFactory().create(SourceSpec.parse("hid:046d:c52b"), ANTI_TREMOR))
                .withMessageContaining("hid");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            anti-tremor,    tip_x tip_y tip_z tip_force tilt
            forceps,        tip_x tip_y tip_z tip_force tilt
            capsulorhexis,  tip_x tip_y tip_z tip_force tilt
            air-rifle-10m,  aim_x aim_y tilt
            air-pistol-10m, aim_x aim_y tilt
            some-new-drill, tip_x tip_y tip_z tip_force tilt
            """)
    void actsOutTheTaskOfTheModule(String moduleId, String channels) throws Exception {
        SourceContext context = new SourceContext(SessionClock.startNow(), moduleId);
        SampleSource source = new SimulatedRigFactory().create(SourceSpec.parse("sim:9?pace=fast"), context);
        AtomicReference<SourceEvent.Attached> attached = new AtomicReference<>();
        CountDownLatch announced = new CountDownLatch(1);
        source.start(event -> {
            if (event instanceof SourceEvent.Attached a) {
                attached.set(a);
                announced.countDown();
            }
        });
        try {
            assertThat(announced.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            source.stop();
        }
        assertThat(String.join(
                        " ",
                        attached.get().channels().stream().map(Channel::name).toList()))
                .isEqualTo(channels);
    }
}
