package org.trainlab.nn;

import java.util.List;
import org.trainlab.tensor.PythonRepr;

/** What {@link Module#loadStateDict} did not match: PyTorch's {@code _IncompatibleKeys}. */
public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {
    public boolean allMatched() {
        return missingKeys.isEmpty() && unexpectedKeys.isEmpty();
    }

    @Override
    public String toString() {
        if (allMatched()) {
            return "<All keys matched successfully>";
        }
        return "_IncompatibleKeys(missing_keys=" + PythonRepr.list(missingKeys) + ", unexpected_keys="
                + PythonRepr.list(unexpectedKeys) + ")";
    }
}
