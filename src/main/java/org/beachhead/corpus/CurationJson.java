package org.beachhead.corpus;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.beachhead.common.Coded;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;
import org.beachhead.model.ClaimRelation;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.model.EventKind;
import org.beachhead.model.PartnerKind;
import org.beachhead.model.Role;
import org.beachhead.model.TitleFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

import java.util.List;
import java.util.function.Function;

/**
 * The {@link Curation} records as JSON: codes ({@code kind}, {@code status} …) and dates written as a
 * curator writes them ({@code market-figure}, {@code c. 2015-05}), and a list left out read as empty.
 * Only the dataset document uses it; the API's JSON keeps the application's own mapper.
 */
public final class CurationJson {

    private CurationJson() {
    }

    /** The application's mapper (its settings kept) with the curation's codes and dates. */
    public static JsonMapper mapper(JsonMapper base) {
        SimpleModule module = new SimpleModule("curation");
        text(module, PartialDate.class, CurationJson::curationDate, PartialDate::parse);
        code(module, DateBasis.class);
        code(module, EventKind.class);
        code(module, PartnerKind.class);
        code(module, DealType.class);
        code(module, DealStatus.class);
        code(module, TitleFormat.class);
        code(module, Attribution.class);
        code(module, Certainty.class);
        code(module, Role.class);
        code(module, ClaimRelation.class);
        return base.rebuild().addModule(module)
                .withConfigOverride(List.class, list -> list.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .build();
    }

    /** A date as the curation file writes it: {@code 2017-08-12}, {@code c. 2015-05}, {@code 2016}. */
    static String curationDate(PartialDate date) {
        return (date.approximate() ? "c. " : "") + date.iso();
    }

    private static <E extends Enum<E> & Coded> void code(SimpleModule module, Class<E> type) {
        text(module, type, Coded::code, code -> Coded.fromCode(type, code).orElseThrow(() ->
                new IllegalArgumentException("'" + code + "' is not one of: " + Coded.codes(type))));
    }

    /** Writes a value as a string and reads it back; {@code parse} refuses a malformed one with IllegalArgumentException. */
    private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> parse) {
        module.addSerializer(type, new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator json, SerializationContext context) {
                json.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) {
                String text = json.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    throw context.weirdStringException(text, type, e.getMessage());
                }
            }
        });
    }
}
