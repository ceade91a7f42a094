package com.parkops.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.parkops.shared.CreditCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryCreditCodeTests {

    @Test
    void shouldAcceptEveryCodeOfTheSampleZone() throws IOException {
        List<String> codes = new String(RegistryTestSupport.sampleEnterprises(), StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();

        assertThat(codes)
                .hasSize(30)
                .allSatisfy(code -> assertThat(CreditCode.problem(code)).isEmpty());
    }

    @Test
    void shouldComputeTheCheckCharacterOfTheStandard() {
        // By hand: Σ(value × weight) over 91350100M000100Y4 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void shouldRejectCreditCodeWithWrongCheckCharacter() {
        String valid = RegistryTestSupport.FIRST_SAMPLE;
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        assertThat(CreditCode.problem(wrong)).contains("creditCode.check");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(wrong));
    }

    @Test
    void shouldRejectWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.problem("91360981AY4CL12TH")).contains("creditCode.length");
        assertThat(CreditCode.problem("91360981AY4CL12THI")).contains("creditCode.character");
        assertThat(CreditCode.problem(null)).contains("creditCode.length");
    }

    @Test
    void shouldReadLowerCaseAndSurroundingSpaces() {
        assertThat(CreditCode.of("  91360981ay4cl12thd ").value()).isEqualTo(RegistryTestSupport.FIRST_SAMPLE);
    }
}
