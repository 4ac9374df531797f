package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Labelled;

/** What a user does in the policy's work (DESIGN §7). Park roles act for one park, named on the user. */
public enum Role implements Labelled {
    ADMIN, GENERAL_CLERK, ENTERPRISE_CLERK, LIAISON_CLERK, PARK_CLERK, REVIEWER, FINANCE_APPROVER, PARK_APPROVER, PAYER, AUDITOR,
    /** 区教委: the school side of recruitment (majors, school–enterprise agreements and their students). */
    EDUCATION_CLERK,
    /** 区经信委: recognitions of key enterprises, demand checks and retention (headcount) reports. */
    ECONOMY_CLERK;

    /** Park-committee roles must name their park; a payer may (a park's payer) or may not (区财政局). */
    public boolean needsPark() {
        return this == PARK_CLERK || this == PARK_APPROVER;
    }

    /** The administrator and the auditor do no casework (decision 0008): no workflow step may be theirs. */
    public boolean doesCasework() {
        return this != ADMIN && this != AUDITOR;
    }

    public boolean mayHavePark() {
        return needsPark() || this == PAYER;
    }

    @Override
    public String labelKey() {
        return "security.role." + name();
    }
}
