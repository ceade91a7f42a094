package com.parkops.registry.domain;

import com.parkops.registry.Contacts;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseData;
import com.parkops.registry.ImportResult;
import com.parkops.registry.LandParcel;
import com.parkops.registry.ParcelData;
import com.parkops.registry.PatentKind;
import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationData;
import com.parkops.registry.RegistrySettings;
import com.parkops.registry.ScaleEvent;
import com.parkops.registry.ScaleEventKind;
import com.parkops.shared.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's write facade: each call is one transaction, audit entries included. */
@Service
@Transactional(rollbackFor = Exception.class)
class RegistryCommandService implements EnterpriseCommands {

    private final EnterpriseEditing enterprises;
    private final FactsEditing facts;
    private final ChainEditing chains;
    private final SettingsEditing settings;
    private final EnterpriseImport imports;
    private final RegistryMessages messages;

    RegistryCommandService(
            EnterpriseEditing enterprises,
            FactsEditing facts,
            ChainEditing chains,
            SettingsEditing settings,
            EnterpriseImport imports,
            RegistryMessages messages) {
        this.enterprises = enterprises;
        this.facts = facts;
        this.chains = chains;
        this.settings = settings;
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public Enterprise create(UUID zoneId, String actor, EnterpriseData data) {
        try {
            return enterprises.create(zoneId, actor, data);
        } catch (DuplicateKeyException raced) {
            throw concurrentWrite();
        }
    }

    @Override
    public Enterprise update(UUID zoneId, String actor, String creditCode, int expectedVersion, EnterpriseData data) {
        return enterprises.update(zoneId, actor, creditCode, expectedVersion, data);
    }

    @Override
    public Enterprise updateContacts(
            UUID zoneId, String actor, String creditCode, int expectedVersion, Contacts contacts) {
        return enterprises.updateContacts(zoneId, actor, creditCode, expectedVersion, contacts);
    }

    @Override
    public LandParcel addParcel(UUID zoneId, String actor, String creditCode, ParcelData parcel) {
        return facts.addParcel(zoneId, actor, creditCode, parcel);
    }

    @Override
    public void removeParcel(UUID zoneId, String actor, String creditCode, UUID parcelId) {
        facts.removeParcel(zoneId, actor, creditCode, parcelId);
    }

    @Override
    public Qualification addQualification(UUID zoneId, String actor, String creditCode, QualificationData data) {
        return facts.addQualification(zoneId, actor, creditCode, data);
    }

    @Override
    public Qualification updateQualification(
            UUID zoneId,
            String actor,
            String creditCode,
            UUID qualificationId,
            int expectedVersion,
            QualificationData data) {
        return facts.updateQualification(zoneId, actor, creditCode, qualificationId, expectedVersion, data);
    }

    @Override
    public void setPatents(UUID zoneId, String actor, String creditCode, int year, Map<PatentKind, Integer> granted) {
        facts.setPatents(zoneId, actor, creditCode, year, granted);
    }

    @Override
    public ScaleEvent recordScaleEvent(
            UUID zoneId, String actor, String creditCode, ScaleEventKind kind, YearMonth period, String note) {
        return facts.recordScaleEvent(zoneId, actor, creditCode, kind, period, note);
    }

    @Override
    public String ensureChain(UUID zoneId, String actor, String name) {
        UUID id = chains.ensure(zoneId, actor, name);
        if (id == null) {
            throw new IllegalArgumentException("A chain needs a name");
        }
        return Text.clean(name);
    }

    @Override
    public RegistrySettings setLeadingChain(UUID zoneId, String actor, String chainName) {
        return settings.setLeadingChain(zoneId, actor, chainName);
    }

    @Override
    public RegistrySettings updateSettings(UUID zoneId, String actor, RegistrySettings wanted) {
        return settings.update(zoneId, actor, wanted);
    }

    @Override
    public ImportResult importFile(UUID zoneId, String actor, InputStream file) throws IOException {
        try {
            return imports.run(zoneId, actor, file);
        } catch (DuplicateKeyException raced) {
            throw concurrentWrite();
        }
    }

    /** Another transaction registered the same credit code between our check and our insert. */
    private ConflictException concurrentWrite() {
        return new ConflictException(messages.text("registry.error.concurrentCreate"));
    }
}
