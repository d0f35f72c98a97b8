package vn.culture.lifelong.plans.programmes.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.culture.lifelong.plans.programmes.domain.Programme;
import vn.culture.lifelong.plans.programmes.repository.ProgrammeRepository;

/** The national programmes plans implement; seeded by migration, read-only here. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;

    public ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** Every programme, oldest decision first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Programme> list() {
        return programmes.listAll(Sort.by("decisionDate"));
    }
}
