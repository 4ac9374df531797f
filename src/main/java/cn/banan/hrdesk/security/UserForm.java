package cn.banan.hrdesk.security;

import cn.banan.hrdesk.core.Park;

/** A new user as typed by the administrator; the password is held as characters so it can be wiped. */
public record UserForm(String username, String displayName, Role role, Park park, char[] password) {
    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLE = "role";
    public static final String PARK = "park";
    public static final String PASSWORD = "password";
}
