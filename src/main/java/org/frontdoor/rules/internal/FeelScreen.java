package org.frontdoor.rules.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Lexer;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;

/**
 * Reads one FEEL text the way the engine does, with the engine's own FEEL lexer and parser, and says what in it must
 * not run on this service. Whitespace (any the engine accepts, a non-breaking space included), comments and string
 * quoting are the lexer's business, so no spelling hides a token from this screen.
 *
 * <ul>
 *   <li><b>External functions.</b> The grammar allows {@code external} only as {@code function ( ... ) external body}.
 *   A text is refused if an {@code external} keyword token follows a {@code function} keyword token anywhere in it,
 *   whatever lies between: this needs no knowledge of the model's names (which decide how the engine splits
 *   multi-word names), so it cannot be fooled by a name the screen does not know. Its price: a name containing the
 *   word "external" used after a function definition in the same text is refused too, with this explanation.</li>
 *   <li><b>Huge literal iterations.</b> {@code for}, {@code some} and {@code every} keep every value of their
 *   iteration in memory; the values of the literal ranges they iterate over ({@code 1..n}, {@code [1..n]}) are
 *   multiplied per text. Found through the parser's iteration contexts, so a membership test such as
 *   {@code x in [0..100000000]} is not counted. When the text does not parse without the model's names, every
 *   literal range after an {@code in} is counted instead.</li>
 * </ul>
 */
public final class FeelScreen {
    /** The longest literal range, or product of ranges, that the iterations of one text may go over. */
    public static final long MAX_LITERAL_ITERATION = 1_000_000;
    private static final BigInteger LIMIT = BigInteger.valueOf(MAX_LITERAL_ITERATION);

    private FeelScreen() {
    }

    /** Problems in plain English, each a phrase such as "defines an external function ...", empty when the text may run. */
    public static List<String> problems(String feel) {
        if (feel == null || feel.isBlank()) {
            return List.of();
        }
        List<Token> tokens = tokens(feel);
        List<String> problems = new ArrayList<>();
        if (definesExternalFunction(tokens)) {
            problems.add("defines an external function (function(...) external ...), which would call Java or an external model;"
                    + " only FEEL functions are allowed (a name containing the word 'external' after a function definition is"
                    + " refused for the same reason)");
        }
        String huge = hugeIteration(feel, tokens);
        if (huge != null) {
            problems.add("iterates over " + huge + "; at most " + String.format(Locale.ROOT, "%,d", MAX_LITERAL_ITERATION)
                    + " values are allowed");
        }
        return problems;
    }

    static List<Token> tokens(String feel) {
        FEEL_1_1Lexer lexer = new FEEL_1_1Lexer(CharStreams.fromString(feel));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean definesExternalFunction(List<Token> tokens) {
        boolean function = false;
        for (Token t : tokens) {
            if (t.getType() == FEEL_1_1Lexer.FUNCTION) {
                function = true;
            } else if (function && (t.getType() == FEEL_1_1Lexer.EXTERNAL
                    || t.getType() != FEEL_1_1Lexer.StringLiteral && EXTERNAL_WORD.matcher(t.getText()).find())) {
                // the keyword, or the word glued to a character this engine version does not skip as whitespace
                // (U+1680, U+FEFF): a later engine that skips it would read the keyword
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern EXTERNAL_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_])external(?![\\p{L}\\p{N}_])");

    /** "the range 1..100000000 (100,000,000 values)" or "the ranges a..b, c..d together (n values)", else null. */
    static String hugeIteration(String feel, List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> t.getType() == FEEL_1_1Lexer.ELIPSIS)) {
            return null;   // no literal range at all (most table entries): nothing to parse
        }
        List<List<Token>> iterations = iterationContexts(feel);
        List<BigInteger[]> ranges = new ArrayList<>();
        if (iterations != null) {
            iterations.forEach(it -> ranges.addAll(literalRanges(it, false)));
        } else {
            ranges.addAll(literalRanges(tokens, true));
        }
        BigInteger product = BigInteger.ONE;
        List<String> spelled = new ArrayList<>();
        for (BigInteger[] r : ranges) {
            BigInteger values = r[1].subtract(r[0]).abs().add(BigInteger.ONE);
            String text = r[0] + ".." + r[1];
            if (values.compareTo(LIMIT) > 0) {
                return "the range " + text + " (" + String.format(Locale.ROOT, "%,d", values) + " values)";
            }
            product = product.multiply(values);
            spelled.add(text);
        }
        if (product.compareTo(LIMIT) > 0) {
            return "the ranges " + String.join(", ", spelled) + " together (" + String.format(Locale.ROOT, "%,d", product) + " values)";
        }
        return null;
    }

    /** The tokens of every iteration context of the text, or null when it does not parse without the model's names. */
    private static List<List<Token>> iterationContexts(String feel) {
        FEEL_1_1Lexer lexer = new FEEL_1_1Lexer(CharStreams.fromString(feel));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        FEEL_1_1Parser parser = new FEEL_1_1Parser(stream);
        parser.setHelper(new org.kie.dmn.feel.parser.feel11.ParserHelper(null));
        parser.removeErrorListeners();
        boolean[] failed = {false};
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int column, String msg, RecognitionException e) {
                failed[0] = true;
            }
        });
        ParseTree tree;
        try {
            tree = parser.compilation_unit();
        } catch (RuntimeException e) {
            return null;
        }
        if (failed[0]) {
            return null;
        }
        List<List<Token>> out = new ArrayList<>();
        collect(tree, stream, out);
        return out;
    }

    private static void collect(ParseTree node, CommonTokenStream stream, List<List<Token>> out) {
        if (node instanceof FEEL_1_1Parser.IterationContextContext it && it.getStart() != null && it.getStop() != null) {
            List<Token> own = new ArrayList<>();
            for (Token t : stream.get(it.getStart().getTokenIndex(), it.getStop().getTokenIndex())) {
                if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                    own.add(t);
                }
            }
            out.add(own);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), stream, out);
        }
    }

    /**
     * Every {@code [-]number .. [-]number} in the tokens; when {@code afterInOnly}, only those that follow an
     * {@code in} (directly, or after the bracket that opens a range).
     */
    private static List<BigInteger[]> literalRanges(List<Token> tokens, boolean afterInOnly) {
        List<BigInteger[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() != FEEL_1_1Lexer.ELIPSIS) {
                continue;
            }
            int fromEnd = i - 1;
            Signed from = numberEndingAt(tokens, fromEnd);
            Signed to = numberStartingAt(tokens, i + 1);
            if (from == null || to == null) {
                continue;
            }
            if (afterInOnly) {
                int before = from.first - 1;
                if (before >= 0 && isOpening(tokens.get(before))) {
                    before--;
                }
                if (before < 0 || tokens.get(before).getType() != FEEL_1_1Lexer.IN) {
                    continue;
                }
            }
            out.add(new BigInteger[] {from.value, to.value});
        }
        return out;
    }

    private record Signed(BigInteger value, int first) {
    }

    private static Signed numberEndingAt(List<Token> tokens, int at) {
        if (at < 0 || tokens.get(at).getType() != FEEL_1_1Lexer.IntegerLiteral) {
            return null;
        }
        BigInteger v = integer(tokens.get(at).getText());
        if (v == null) {
            return null;
        }
        if (at >= 1 && tokens.get(at - 1).getType() == FEEL_1_1Lexer.SUB) {
            return new Signed(v.negate(), at - 1);
        }
        return new Signed(v, at);
    }

    private static Signed numberStartingAt(List<Token> tokens, int at) {
        boolean negative = at < tokens.size() && tokens.get(at).getType() == FEEL_1_1Lexer.SUB;
        int n = negative ? at + 1 : at;
        if (n >= tokens.size() || tokens.get(n).getType() != FEEL_1_1Lexer.IntegerLiteral) {
            return null;
        }
        BigInteger v = integer(tokens.get(n).getText());
        return v == null ? null : new Signed(negative ? v.negate() : v, at);
    }

    private static boolean isOpening(Token t) {
        return t.getType() == FEEL_1_1Lexer.LBRACK || t.getType() == FEEL_1_1Lexer.LPAREN || t.getType() == FEEL_1_1Lexer.RBRACK;
    }

    private static BigInteger integer(String text) {
        String digits = text.replace("_", "");
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                return new BigInteger(digits.substring(2).replaceAll("[lL]$", ""), 16);
            }
            return new BigInteger(digits.replaceAll("[lL]$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
