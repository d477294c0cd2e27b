package org.steadyhand.ui.rig;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert sound: two short 880 Hz beeps generated with javax.sound on a background thread, so the
 * FX thread never waits for the audio device. A machine without an audio line falls back to the
 * system beep; if that fails too it is logged once and the alert stays visual. Thread-safe.
 */
final class AlertTone implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertTone.class);
    private static final float SAMPLE_RATE_HZ = 22_050;
    private static final double TONE_HZ = 880;
    private static final double BEEP_SECONDS = 0.15;

    private final ExecutorService player = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("alert-tone").daemon().factory());
    private volatile boolean failedBefore;

    /** Plays the tone unless one is already queued; returns at once. */
    void play() {
        try {
            player.execute(this::playNow);
        } catch (RejectedExecutionException closed) {
            // closed with the window: nothing left to warn
        }
    }

    private void playNow() {
        byte[] pcm = beeps();
        AudioFormat format = new AudioFormat(SAMPLE_RATE_HZ, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            try {
                java.awt.Toolkit.getDefaultToolkit().beep();
            } catch (UnsupportedOperationException beepFailed) {
                if (!failedBefore) {
                    failedBefore = true;
                    LOG.warn("no audio output for alert sounds ({}); alerts stay visual", e.getMessage());
                }
            }
        }
    }

    /** Two beeps with a gap, 16-bit little-endian mono, faded in and out to avoid clicks. */
    private static byte[] beeps() {
        int beep = (int) (SAMPLE_RATE_HZ * BEEP_SECONDS);
        int total = beep * 3;
        byte[] pcm = new byte[total * 2];
        int fade = (int) (SAMPLE_RATE_HZ * 0.01);
        for (int i = 0; i < total; i++) {
            int inBeep = i < beep ? i : i >= 2 * beep ? i - 2 * beep : -1;
            double v = 0;
            if (inBeep >= 0) {
                double envelope = Math.min(1, Math.min(inBeep, beep - inBeep) / (double) fade);
                v = 0.5 * envelope * Math.sin(2 * Math.PI * TONE_HZ * i / SAMPLE_RATE_HZ);
            }
            short sample = (short) Math.round(v * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
