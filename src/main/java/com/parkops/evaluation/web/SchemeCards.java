package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The presets and a zone's stored schemes as cards, and a card by its reference. */
@Component
class SchemeCards {

    private final EvaluationSchemes schemes;
    private final EvaluationText text;

    SchemeCards(EvaluationSchemes schemes, EvaluationText text) {
        this.schemes = schemes;
        this.text = text;
    }

    List<SchemeCard> presets() {
        return schemes.presets().stream().map(this::preset).toList();
    }

    /** The zone's stored schemes by year, newest year first. */
    Map<Integer, List<SchemeCard>> byYear(UUID zoneId) {
        List<EvaluationSchemes.StoredScheme> stored = schemes.list(zoneId);
        Map<Integer, List<SchemeCard>> years = new LinkedHashMap<>();
        for (EvaluationSchemes.StoredScheme scheme : stored) {
            years.computeIfAbsent(scheme.year(), y -> new ArrayList<>()).add(stored(scheme, stored));
        }
        return years;
    }

    /** A stored scheme of the zone, or not found. */
    SchemeCard stored(UUID zoneId, UUID id) {
        EvaluationSchemes.StoredScheme scheme =
                schemes.find(zoneId, id).orElseThrow(() -> new NotFoundException("scheme " + id));
        return stored(scheme, schemes.list(zoneId));
    }

    /** The preset ({@code preset:<key>}) or stored scheme ({@code scheme:<id>}) named, or not found. */
    SchemeCard find(UUID zoneId, String ref) {
        if (ref != null && ref.startsWith(SchemeCard.PRESET)) {
            return schemes.preset(ref.substring(SchemeCard.PRESET.length()))
                    .map(this::preset)
                    .orElseThrow(() -> new NotFoundException("preset " + ref));
        }
        if (ref != null && ref.startsWith(SchemeCard.STORED)) {
            return id(ref.substring(SchemeCard.STORED.length()))
                    .map(id -> stored(zoneId, id))
                    .orElseThrow(() -> new NotFoundException("scheme " + ref));
        }
        throw new NotFoundException("scheme " + ref);
    }

    private SchemeCard preset(EvaluationSchemes.Preset preset) {
        return new SchemeCard(
                SchemeCard.PRESET + preset.key(),
                preset.key(),
                null,
                null,
                presetTitle(preset.key()),
                SchemeNumbers.plain(preset.scheme()),
                null,
                0,
                null,
                null);
    }

    private SchemeCard stored(EvaluationSchemes.StoredScheme scheme, List<EvaluationSchemes.StoredScheme> all) {
        return new SchemeCard(
                SchemeCard.STORED + scheme.id(),
                null,
                scheme.id(),
                scheme.year(),
                scheme.name(),
                SchemeNumbers.plain(scheme.scheme()),
                basedOn(scheme.basedOn(), all),
                scheme.version(),
                scheme.createdBy(),
                scheme.updatedAt());
    }

    private String presetTitle(String key) {
        return text.get("schemes.preset." + key);
    }

    /** What a scheme was copied from, in words; a source that is gone reads as such. */
    private String basedOn(String ref, List<EvaluationSchemes.StoredScheme> all) {
        if (ref == null) {
            return null;
        }
        if (ref.startsWith(SchemeCard.PRESET)) {
            String key = ref.substring(SchemeCard.PRESET.length());
            return schemes.preset(key).isPresent() ? presetTitle(key) : ref;
        }
        if (ref.startsWith(SchemeCard.STORED)) {
            Optional<UUID> id = id(ref.substring(SchemeCard.STORED.length()));
            return all.stream()
                    .filter(s -> id.isPresent() && s.id().equals(id.get()))
                    .findFirst()
                    .map(s -> text.get("schemes.basedOn.stored", s.name(), String.valueOf(s.year())))
                    .orElseGet(() -> text.get("schemes.basedOn.gone"));
        }
        return ref;
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
