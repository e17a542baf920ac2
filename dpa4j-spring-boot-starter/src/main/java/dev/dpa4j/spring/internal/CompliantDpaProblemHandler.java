/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring.internal;

import dev.dpa4j.model.json.DpaJsonException;
import dev.dpa4j.model.json.JsonProblem;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.constraints.CompliantDpa;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns a failed {@code @CompliantDpa} and an unreadable agreement into a 400 problem detail that lists the
 * findings or the JSON problems. An exception that concerns neither is rethrown untouched, so Spring's own
 * handling (or the application's) applies; this advice has the lowest precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CompliantDpaProblemHandler {

    /** Creates the handler. */
    public CompliantDpaProblemHandler() {}

    /**
     * A {@code @CompliantDpa} on a handler parameter failed (Spring's method validation).
     *
     * @param e the exception
     * @return the problem detail
     * @throws HandlerMethodValidationException if no {@code @CompliantDpa} failed
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e)
            throws HandlerMethodValidationException {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                ConstraintViolation<?> violation = unwrap(result, error);
                if (violation != null && isCompliantDpa(violation)) {
                    findings.add(finding(violation));
                }
            }
        }
        if (findings.isEmpty()) {
            throw e;
        }
        return findings(findings);
    }

    /**
     * A {@code @CompliantDpa} inside a {@code @Valid} body failed.
     *
     * @param e the exception
     * @return the problem detail
     * @throws MethodArgumentNotValidException if no {@code @CompliantDpa} failed
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> argumentValidation(MethodArgumentNotValidException e)
            throws MethodArgumentNotValidException {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            ConstraintViolation<?> violation =
                    error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
            if (violation != null && isCompliantDpa(violation)) {
                findings.add(finding(violation));
            }
        }
        if (findings.isEmpty()) {
            throw e;
        }
        return findings(findings);
    }

    /**
     * The body is not a valid dpa4j agreement.
     *
     * @param e the exception
     * @return the problem detail
     * @throws HttpMessageNotReadableException if the cause is not dpa4j's JSON reader
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e)
            throws HttpMessageNotReadableException {
        if (!(e.getCause() instanceof DpaJsonException json)) {
            throw e;
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        for (JsonProblem p : json.getProblems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("pointer", p.pointer());
            problem.put("line", p.line());
            problem.put("column", p.column());
            problem.put("message", p.message());
            problem.put("expected", p.expected());
            problems.add(problem);
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not a valid dpa4j agreement");
        detail.setTitle("Unreadable data processing agreement");
        detail.setProperty("problems", problems);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private static @Nullable ConstraintViolation<?> unwrap(
            ParameterValidationResult result, MessageSourceResolvable e) {
        try {
            return result.unwrap(e, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static boolean isCompliantDpa(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof CompliantDpa;
    }

    private static Map<String, Object> finding(ConstraintViolation<?> violation) {
        Map<String, Object> out = new LinkedHashMap<>();
        Finding finding =
                violation instanceof HibernateConstraintViolation<?> hv ? hv.getDynamicPayload(Finding.class) : null;
        if (finding != null) {
            CompliantDpa annotation =
                    (CompliantDpa) violation.getConstraintDescriptor().getAnnotation();
            Locale locale = Locale.forLanguageTag(annotation.language());
            out.put("ruleId", finding.getRuleId());
            out.put("severity", finding.getSeverity().name());
            out.put("path", finding.getPath());
            out.put("message", finding.message(locale));
            out.put("legalReferences", finding.formatLegalReferences(locale));
        } else {
            out.put("message", violation.getMessage());
        }
        return out;
    }

    private static ResponseEntity<ProblemDetail> findings(List<Map<String, Object>> findings) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The data processing agreement does not comply with Art. 28 GDPR: " + findings.size()
                        + (findings.size() == 1 ? " finding" : " findings"));
        detail.setTitle("Non-compliant data processing agreement");
        detail.setProperty("findings", findings);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }
}
