package org.citebot.question;

/** What kind of fact a question asks for. */
public enum AnswerType {
    /** A count, an amount, a percentage, a range: « combien… ». */
    QUANTITY,
    /** A date, a year, a month, a day: « quand… », « en quelle année… ». */
    DATE,
    /** A person's name: « qui… », « quel ministre… ». */
    PERSON,
    /** An organisation, outlet, company, institution: « quelle agence… ». */
    ORGANIZATION,
    /** A place: « où… », « dans quelle ville… ». */
    PLACE,
    /** A cause or motive: « pourquoi… ». */
    REASON,
    /** What or who something is: « qui est X ? », « qu'est-ce que X ? ». */
    DEFINITION,
    /** A yes/no question: « l'ONU a-t-elle… ? », « est-ce que… ? ». */
    YESNO,
    /** Anything else: « comment… », « quel + noun » of no known kind. */
    OTHER
}
