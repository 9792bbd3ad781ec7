package fr.enquete.stats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The values a masked figure can take given what is published: the smallest and largest value of the figure over the
 * non-negative solutions of the published equalities and inequalities, the unmasked figures being known (linear
 * programming, commons-math3's simplex). A masked count whose interval is narrower than the secrecy threshold is
 * disclosed even when no equation gives it exactly (two masked counts adding up to 2 are each at most 2).
 */
final class FeasibleInterval {

    private FeasibleInterval() {
    }

    /**
     * [min, max] of figure {@code j} (masked); max is +∞ when nothing bounds it. Only the equations connected to {@code j}
     * through masked figures take part (the others cannot constrain it).
     */
    static double[] of(int j, long[] values, boolean[] masked, List<Secrecy.Equation> equalities, List<Secrecy.Equation> atLeastZero) {
        // The masked figures reachable from j through constraints holding masked figures.
        List<Secrecy.Equation> all = new ArrayList<>(equalities);
        all.addAll(atLeastZero);
        int[] index = new int[values.length];
        java.util.Arrays.fill(index, -1);
        boolean[] used = new boolean[all.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        int unknowns = 0;
        index[j] = unknowns++;
        todo.add(j);
        while (!todo.isEmpty()) {
            int k = todo.poll();
            for (int e = 0; e < all.size(); e++) {
                if (used[e] || !contains(all.get(e), k)) {
                    continue;
                }
                used[e] = true;
                for (int c : all.get(e).cells()) {
                    if (masked[c] && index[c] < 0) {
                        index[c] = unknowns++;
                        todo.add(c);
                    }
                }
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int e = 0; e < all.size(); e++) {
            if (!used[e]) {
                continue;
            }
            Secrecy.Equation eq = all.get(e);
            double[] row = new double[unknowns];
            double known = 0;
            double hidden = 0;
            for (int k = 0; k < eq.cells().length; k++) {
                int c = eq.cells()[k];
                if (index[c] >= 0) {
                    row[index[c]] += eq.signs()[k];
                    hidden += eq.signs()[k] * (double) values[c];
                } else {
                    known += eq.signs()[k] * (double) values[c];
                }
            }
            // An equality's total is published (the true figures satisfy it): the masked part equals what they sum to. An
            // inequality is Σ ≥ 0: the masked part is at least minus the known part.
            boolean equality = e < equalities.size();
            constraints.add(new LinearConstraint(row, equality ? Relationship.EQ : Relationship.GEQ, equality ? hidden : -known));
        }
        if (constraints.isEmpty()) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        double[] objective = new double[unknowns];
        objective[0] = 1;
        return new double[] {optimum(objective, constraints, GoalType.MINIMIZE), optimum(objective, constraints, GoalType.MAXIMIZE)};
    }

    private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            PointValuePair p = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return p.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
        } catch (NoFeasibleSolutionException e) {
            // The true figures are a solution; rounding alone can make the simplex miss it: claim nothing.
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
        }
    }

    private static boolean contains(Secrecy.Equation e, int cell) {
        for (int c : e.cells()) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
