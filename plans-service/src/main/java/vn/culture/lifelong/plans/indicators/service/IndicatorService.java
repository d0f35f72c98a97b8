package vn.culture.lifelong.plans.indicators.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.BusinessRuleException;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.domain.OverTime;
import vn.culture.lifelong.plans.indicators.domain.Sector;
import vn.culture.lifelong.plans.indicators.domain.ValueType;
import vn.culture.lifelong.plans.indicators.messaging.IndicatorEvent;
import vn.culture.lifelong.plans.indicators.repository.IndicatorRepository;

/** Maintains the indicator catalogue; every change and its event commit together. */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;

    public IndicatorService(IndicatorRepository indicators, Outbox outbox, IdempotencyKeys idempotency) {
        this.indicators = indicators;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** Adds an indicator; with an Idempotency-Key, a retry gets the indicator the first request added. */
    @Transactional
    public Indicator create(IndicatorDraft draft, Optional<IdempotentRequest> request) {
        return idempotency.createOnce(request, "indicator", () -> createNew(draft), indicator -> indicator.id,
                indicators::findById);
    }

    private Indicator createNew(IndicatorDraft draft) {
        if (indicators.findByCode(draft.code()).isPresent()) {
            throw new ConflictException("code", "indicator.code.taken", draft.code());
        }
        checkAggregation(draft);
        Indicator indicator = new Indicator();
        indicator.code = draft.code();
        indicator.createdAt = Timestamps.now();
        apply(draft, indicator);
        indicators.persist(indicator);
        outbox.append(IndicatorEvent.Created.of(indicator));
        return indicator;
    }

    @Transactional
    public Indicator update(String code, IndicatorDraft draft, ExpectedVersion expectedVersion) {
        Indicator indicator = get(code);
        expectedVersion.check(indicator.version);
        checkAggregation(draft);
        apply(draft, indicator);
        indicators.flush();
        outbox.append(IndicatorEvent.Updated.of(indicator));
        return indicator;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(String code) {
        return indicators.findByCode(code).orElseThrow(() -> new NotFoundException("indicator.not.found", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Indicator> list(Optional<Sector> sector) {
        return indicators.list(sector);
    }

    /**
     * Values combine as the indicator's nature allows: numbers are summed, yes/no answers make a coverage,
     * shares are ratios of summed numerators and denominators; a yes/no answer is a state, never summed over time.
     */
    private static void checkAggregation(IndicatorDraft draft) {
        ValueType type = draft.valueType();
        AcrossUnits across = draft.acrossUnits();
        boolean fits = switch (across) {
            case SUM -> type == ValueType.NUMBER;
            case COVERAGE -> type == ValueType.YES_NO;
            case RATIO_OF_SUMS -> type == ValueType.RATIO;
            case LATEST -> true;
        };
        if (!fits) {
            throw new BusinessRuleException("acrossUnits", "indicator.across-units.mismatch", across, type);
        }
        if (type == ValueType.YES_NO && draft.overTime() != OverTime.LAST) {
            throw new BusinessRuleException("overTime", "indicator.over-time.yes-no", draft.overTime());
        }
    }

    private static void apply(IndicatorDraft draft, Indicator indicator) {
        indicator.nameVi = Texts.nfc(draft.nameVi());
        indicator.nameEn = Texts.nfc(draft.nameEn());
        indicator.unitOfMeasure = Texts.nfc(draft.unitOfMeasure());
        indicator.valueType = draft.valueType();
        indicator.acrossUnits = draft.acrossUnits();
        indicator.overTime = draft.overTime();
        indicator.direction = draft.direction();
        indicator.sector = draft.sector();
        indicator.description = draft.description() == null ? null : Texts.nfc(draft.description());
        indicator.updatedAt = Timestamps.now();
    }
}
