package org.citebot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The deployer's settings: {@code config/citebot.properties}, then environment variables
 * ({@code CITEBOT_} + the key upper-cased with dots as underscores: {@code answer.threshold} →
 * {@code CITEBOT_ANSWER_THRESHOLD}) on top. A missing file means defaults everywhere.
 */
public final class Settings {

    public static final String FILE = "citebot.properties";

    private final Map<String, String> values;
    private final Map<String, String> environment;

    private Settings(Map<String, String> values, Map<String, String> environment) {
        this.values = Map.copyOf(values);
        this.environment = Map.copyOf(environment);
    }

    public static Settings load(ConfigDir config, Map<String, String> environment) {
        Map<String, String> map = new TreeMap<>();
        Path file = config.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
        }
        return new Settings(map, environment);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), Map.of());
    }

    /** The environment variable that overrides {@code key}: {@code CITEBOT_ANSWER_THRESHOLD}. */
    public static String environmentName(String key) {
        return "CITEBOT_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    private String value(String key) {
        String env = environment.get(environmentName(key));
        return env != null ? env.strip() : values.get(key);
    }

    public String get(String key, String fallback) {
        String v = value(key);
        return v == null ? fallback : v;
    }

    public int getInt(String key, int fallback) {
        String v = value(key);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, was '" + v + "'", e);
        }
    }

    public double getDouble(String key, double fallback) {
        String v = value(key);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a number, was '" + v + "'", e);
        }
    }

    /** All settings, for logging once at start (no secrets live here). */
    public Map<String, String> asMap() {
        return values;
    }
}
