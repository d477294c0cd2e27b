package org.steadyhand.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steadyhand.core.BadInputException;

/** The training matrix: every module the workstation offers, loaded from {@code modules.json}. */
public final class ModuleCatalog {
    private static final String RESOURCE = "modules.json";

    private final Map<String, TrainingModule> modules;
    private final List<TrainingModule> ordered;

    public ModuleCatalog(List<TrainingModule> modules) {
        Map<String, TrainingModule> byId = new LinkedHashMap<>();
        for (TrainingModule module : modules) {
            if (byId.putIfAbsent(module.id(), module) != null) {
                throw new IllegalArgumentException("module id '" + module.id() + "' is defined twice");
            }
        }
        this.modules = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    /** The modules shipped with the application. */
    public static ModuleCatalog builtIn() {
        try (InputStream in = ModuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(in, "the built-in " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
        }
    }

    /**
     * Reads module definitions (a JSON array in the {@code modules.json} format).
     *
     * @param origin names the source in error messages
     * @throws BadInputException naming the origin and the problem when a definition is invalid
     */
    public static ModuleCatalog read(InputStream json, String origin) throws IOException {
        try {
            ModuleJson[] entries = new ObjectMapper().readValue(json, ModuleJson[].class);
            return new ModuleCatalog(
                    Arrays.stream(entries).map(ModuleJson::toModule).toList());
        } catch (JsonProcessingException e) {
            throw new BadInputException("invalid module definitions in " + origin + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid module definitions in " + origin + ": " + e.getMessage(), e);
        }
    }

    public List<TrainingModule> all() {
        return ordered;
    }

    public Optional<TrainingModule> find(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    /** The module with this id, or a {@link BadInputException} listing the valid ids. */
    public TrainingModule require(String id) {
        return find(id).orElseThrow(() -> new BadInputException("unknown module '" + id + "'; available: "
                + String.join(", ", ordered.stream().map(TrainingModule::id).toList())));
    }
}
