package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Jira hands a custom field type when an issue form is submitted: the field's parameters (the
 * values posted under the field id, and under {@code id:key} for each extra key), its
 * configuration, and an error collection that remembers what was added.
 */
public final class FieldForm {

  public static final String FIELD_ID = "customfield_10100";

  private final List<String> values = new ArrayList<>();
  private final Map<String, List<String>> keyed = new LinkedHashMap<>();
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public static FieldForm submitting(String... values) {
    FieldForm form = new FieldForm();
    form.values.addAll(List.of(values));
    return form;
  }

  public FieldForm with(String key, String... keyedValues) {
    keyed.put(key, List.of(keyedValues));
    return this;
  }

  public CustomFieldParams params() {
    CustomFieldParams params = mock(CustomFieldParams.class);
    when(params.getValuesForNullKey()).thenReturn(List.copyOf(values));
    when(params.getValuesForKey(anyString()))
        .thenAnswer(call -> keyed.getOrDefault(call.<String>getArgument(0), List.of()));
    return params;
  }

  public FieldConfig config() {
    FieldConfig config = mock(FieldConfig.class);
    CustomField field = field(null, null);
    when(config.getCustomField()).thenReturn(field);
    return config;
  }

  public ErrorCollection errorCollection() {
    ErrorCollection collection = mock(ErrorCollection.class);
    org.mockito.Mockito.doAnswer(
            call -> {
              errors
                  .computeIfAbsent(call.<String>getArgument(0), f -> new ArrayList<>())
                  .add(call.getArgument(1));
              return null;
            })
        .when(collection)
        .addError(anyString(), anyString());
    return collection;
  }

  /** The messages added to the error collection, by field id. */
  public Map<String, List<String>> errors() {
    return errors;
  }

  /** The custom field, answering {@code value} for {@code issue}. */
  public static CustomField field(Issue issue, Object value) {
    CustomField field = mock(CustomField.class);
    when(field.getId()).thenReturn(FIELD_ID);
    if (issue != null) {
      when(field.getValue(issue)).thenReturn(value);
    }
    return field;
  }
}
