using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>How caregivers name each stigma or shame worry, in English and Spanish, over <see cref="NormalizedText"/>.</summary>
internal static class ConcernLexicon
{
    private const string Others = @"(?:family|familia|relatives|parientes|suegr[oa]|mother in law|husband|wife|esposo|esposa|marido|pareja|abuel[oa]s?|grandma|grandpa|grandparents|mom|mother|mama|madre|dad|father|papa|neighbors?|vecin[oa]s?|community|comunidad|people|gente|los demas|others|everyone|everybody|todo el mundo|coworkers|companeros|friends|amig[oa]s|church|iglesia)";

    private const string Think = @"(?:think|thinks|thought|say|says|said|talk|talks|judge\w*|know|knows|find out|finds out|piens\w*|pensar\w*|dice|dicen|diga|digan|decir|juzg\w*|sepa|sepan|saber|se enter\w*|critic\w*|hablen|habla)";

    private const string MedicationPattern =
        " (?:" + @"meds|medication\w*|medicine\w*|medicina\w*|medicament\w*|pills?|pastilla\w*|pildora\w*|drugs?|drugged|drog\w*|dopad[oa]s?|zombie|psychiatri\w*|psiquiatr\w*|side effects|efectos secundarios|antidepress\w*|antidepresiv\w*" + ") ";

    private const string FaithPattern =
        " (?:" + @"god|dios|diosito|faith|fe|pray\w*|rez\w*|orar|oramos|oracion\w*|pastor|priest|sacerdote|bible|biblia|religio\w*|spiritual|espiritual|curander\w*|brujeria|mal de ojo|beliefs?|creencias?|culture|cultura"
        + "|" + @"(?:handle|deal with|fix|solve) (?:it|this|that|things|everything) at home|(?:se |lo |los )?(?:arregla\w*|resolve\w*|resuelve\w*|maneja\w*) (?:\w+ ){0,2}en (?:la )?casa|en casa se (?:arregla|resuelve)" + ") ";

    private const string FamilyOpinionPattern =
        " (?:" + $@"{Others} (?:\w+ ){{0,4}}{Think}"
        + "|" + @"(?:que|lo que|what) (?:van a|vayan a|will|would|might|may) (?:decir|pensar|say|think)"
        + "|" + @"lo que (?:piensen|digan|piense|diga)|que piensen|que digan|que diran|el que diran|what (?:people|others|they) (?:think|say)"
        + "|" + @"(?:dont|no) (?:want|quiero|queremos|quiere) (?:\w+ ){0,4}(?:know\w*|sepa\w*|find out|se enter\w*)"
        + "|" + @"secret\w*|secreto|trapos sucios|dirty laundry|gossip\w*|chism\w*|embarrass\w*|me da pena|da pena" + ") ";

    private const string LabelPattern =
        " (?:" + @"crazy|loc[oa]s?|nuts|psycho|mentally ill|enferm[oa]s? (?:de la cabeza|mental\w*)|label\w*|etiqueta\w*|tach\w*|diagnos\w*|retarded|retrasad[oa]|weird|rar[oa]|not normal|no es normal|something wrong with (?:him|her|them)" + ") ";

    private const string FaultPattern =
        " (?:" + @"(?:my|our|mi|nuestra) fault|(?:es )?culpa mia|culp\w*|blam\w*|guilt\w*|caused|cause (?:it|this)|i did (?:this|something)|(?:hice|hicimos) (?:algo )?mal|did something wrong"
        + "|" + @"(?:bad|terrible|horrible|worst) (?:mom|mother|dad|father|parent)|mal[ao]? (?:madre|padre|mama|papa)|failed|fail|failure|falle|fallamos|fracas\w*"
        + "|" + @"should have (?:seen|noticed|known)|(?:deberia|debi|debimos) (?:haber )?(?:visto|notado|sabido|dado cuenta)|ashamed|shame|verguenza|avergonzad\w*" + ") ";

    public static readonly (string Kind, PhraseSet Phrases)[] Kinds =
    [
        (ConcernKinds.Medication, new PhraseSet(MedicationPattern)),
        (ConcernKinds.Faith, new PhraseSet(FaithPattern)),
        (ConcernKinds.FamilyOpinion, new PhraseSet(FamilyOpinionPattern)),
        (ConcernKinds.Label, new PhraseSet(LabelPattern)),
        (ConcernKinds.Fault, new PhraseSet(FaultPattern)),
    ];
}
