package dev.rubric.interop;

/**
 * Reads one vendor's scorecard payloads into Rubric scorecards under one {@link ImportMapping}.
 * Obtain one from {@link AtsVendor#importer(ImportMapping)} or {@link ImportMapping#importer()}.
 *
 * <p>An import never throws for a fault in the payload: every fault is a located problem in the
 * {@link ImportResult}. Implementations are stateless and thread-safe.
 */
public interface AtsImporter {
  /** {@return the vendor whose payloads this importer reads} */
  AtsVendor vendor();

  /** {@return the mapping this importer applies} */
  ImportMapping mapping();

  /**
   * Imports the scorecards in {@code payload}, UTF-8 JSON as the vendor's API returns it.
   *
   * @param payload the vendor's export, as bytes of JSON
   * @return the scorecards read, with an outcome for every element of the payload
   * @throws NullPointerException when {@code payload} is null
   */
  ImportResult importScorecards(byte[] payload);

  /**
   * Imports the scorecards in {@code payload}, using {@code candidateId} (a vendor candidate id,
   * mapped through the mapping's candidate table like any other) for every element that does not
   * name its candidate: Lever feedback, fetched per opportunity, never does.
   *
   * @param payload the vendor's export, as bytes of JSON
   * @param candidateId the candidate every scorecard is about
   * @return the scorecards read, with an outcome for every element of the payload
   * @throws NullPointerException when an argument is null
   */
  ImportResult importScorecards(byte[] payload, String candidateId);
}
