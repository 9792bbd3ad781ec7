package fr.enquete.qual.agreement;

import java.util.List;

/**
 * Agreement of several coders, code by code and over all codes (every unit x code decision pooled).
 *
 * @param coders the coders, in the order given
 */
public record AgreementReport(Level level, List<String> coders, List<PerCode> codes, Reliability.Result overall,
                              List<Disagreement> disagreements) {

    public AgreementReport {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        disagreements = List.copyOf(disagreements);
    }

    /** @param used how many units each coder gave this code */
    public record PerCode(String code, Reliability.Result result, List<Long> used) {
        public PerCode {
            used = List.copyOf(used);
        }
    }
}
