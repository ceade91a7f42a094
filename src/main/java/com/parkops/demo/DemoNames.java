package com.parkops.demo;

import com.parkops.shared.CreditCode;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Invented but plausible enterprise names and credit codes. */
final class DemoNames {

    private static final String BRAND_CHARACTERS = "恒瑞鑫泰宏嘉盛华金源达博创安德康邦凯远锦辉翔润旭晟峰信和丰隆昌拓致诚合汇通明光启航";
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String REGION = "360981";

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** A unique name such as 丰城恒瑞新材料科技有限公司. */
    String enterpriseName(String city, List<String> trades) {
        while (true) {
            String brand = "" + pick(BRAND_CHARACTERS) + pick(BRAND_CHARACTERS);
            if (brand.charAt(0) == brand.charAt(1)) {
                continue;
            }
            String name = city + brand + trades.get(random.nextInt(trades.size())) + "有限公司";
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** A unique, valid unified social credit code of an enterprise (9 1 …) in the zone's county. */
    String creditCode() {
        while (true) {
            StringBuilder first17 = new StringBuilder("91").append(REGION);
            for (int i = 0; i < 9; i++) {
                first17.append(pick(CODE_CHARACTERS));
            }
            String code = first17.toString() + CreditCode.checkCharacter(first17.toString());
            if (codes.add(code)) {
                return code;
            }
        }
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
