/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.model.json.DpaJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes {@link DataProcessingAgreement} bodies with dpa4j's JSON format ({@link DpaJson}): strict
 * reading that reports every problem with its JSON pointer, line and column, and deterministic writing. An
 * unreadable body becomes an {@link HttpMessageNotReadableException} whose cause is the
 * {@link DpaJsonException}. Other types are left to the other converters.
 *
 * @since 0.1.0
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DpaJsonHttpMessageConverter extends AbstractHttpMessageConverter<DataProcessingAgreement> {

    /** Creates the converter for {@code application/json} and {@code application/*+json}. */
    public DpaJsonHttpMessageConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return DataProcessingAgreement.class.isAssignableFrom(type);
    }

    @Override
    protected DataProcessingAgreement readInternal(
            Class<? extends DataProcessingAgreement> type, HttpInputMessage input)
            throws IOException, HttpMessageNotReadableException {
        try {
            return DpaJson.read(input.getBody());
        } catch (DpaJsonException e) {
            throw new HttpMessageNotReadableException(
                    "The request body is not a valid dpa4j agreement: " + e.getMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(DataProcessingAgreement agreement, HttpOutputMessage output) throws IOException {
        DpaJson.write(agreement, output.getBody());
    }
}
