package org.frontdoor.decision;

/** NHS numbers: ten digits whose last is a modulus-11 check digit (NHS Data Dictionary). */
public final class NhsNumber {
    private NhsNumber() {
    }

    public static String digits(String nhsNumber) {
        return nhsNumber.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String nhsNumber) {
        String d = digits(nhsNumber);
        if (!d.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }
}
