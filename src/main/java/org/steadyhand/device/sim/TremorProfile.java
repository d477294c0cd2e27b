package org.steadyhand.device.sim;

/**
 * The physiological tremor of one simulated trainee: centre frequency, width of its spectral peak
 * and RMS displacement per horizontal axis at the instrument tip.
 *
 * <p>Sources of the numbers (DOMAIN.md): physiological tremor is 8-12 Hz and 50-200 um RMS at the
 * hand; eye surgeons holding an instrument still show 49 um RMS. So an expert gets ~35 um, an
 * intermediate ~60 um and a novice ~125 um (nervous, unsupported hand), and the novice's peak sits
 * a little lower and is a little broader (less regular). The centre frequency is drawn per seed.
 *
 * @param centreHz tremor frequency, within 8-12 Hz
 * @param bandwidthHz half-power width of the tremor peak, 1-2 Hz
 * @param rmsMm RMS of the tremor displacement per horizontal axis, mm
 */
record TremorProfile(double centreHz, double bandwidthHz, double rmsMm) {
    static TremorProfile of(Skill skill, long seed) {
        SimRandom random = SimRandom.stream(seed, "tremor.profile");
        return switch (skill) {
            case EXPERT -> new TremorProfile(random.uniform(9.5, 11.5), 1.2, 0.035);
            case INTERMEDIATE -> new TremorProfile(random.uniform(9.0, 11.0), 1.5, 0.060);
            case NOVICE -> new TremorProfile(random.uniform(8.5, 10.5), 2.0, 0.125);
        };
    }
}
