package cn.banan.hrdesk.registry;

import cn.banan.hrdesk.core.Labelled;

/** 人力资源机构 and 职业院校 carry a credit code; a 劳务经纪人 is a person, known by resident ID number. */
public enum IntermediaryKind implements Labelled {
    HR_AGENCY, VOCATIONAL_SCHOOL, LABOUR_BROKER;

    public boolean isPerson() {
        return this == LABOUR_BROKER;
    }

    @Override
    public String labelKey() {
        return "intermediary.kind." + name();
    }
}
