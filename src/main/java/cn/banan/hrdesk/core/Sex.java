package cn.banan.hrdesk.core;

public enum Sex implements Labelled {
    MALE, FEMALE;

    @Override
    public String labelKey() {
        return "sex." + name();
    }
}
