package studio.smartwork.portal.shared;

import java.util.Map;

/**
 * What a person was changing was changed by someone else (or by themselves in another window
 * or on another device) after they opened it. Nothing was written: saving would have
 * overwritten that change unseen. The message says what to do; pages reload the latest.
 */
public class ChangedMeanwhileException extends InvalidInputException {

    public ChangedMeanwhileException(Map<String, Message> problems) {
        super(problems);
    }

    public static ChangedMeanwhileException of(String field, String key, Object... args) {
        return new ChangedMeanwhileException(Map.of(field, Message.of(key, args)));
    }
}
