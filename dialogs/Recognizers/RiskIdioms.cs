namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Words of death or harm that carry no danger: figures of speech ("this traffic is killing me", "me muero de
/// risa", "my phone died", "ando muerta"), games, pets, a death long past, and asking to read about a topic. They
/// are blanked out before the risk cues are looked for; everything else in the message still counts.
/// </summary>
internal static class RiskIdioms
{
    private const string Things = @"(?:traffic|heat|cold|work|job|week|day|homework|back|head|feet|prices?|rent|gas|commute|this|that|kids|schedule|school|boss|line|wait|app|calor|frio|trafico|tarea|trabajo|dolor|cabeza|espalda|pies|precio|renta|semana|dia|examen|jefe|fila|espera|gasolina|esto|eso)";
    private const string Device = @"(?:phones?|batter(?:y|ies)|cell|cars?|laptop|charger|tablet|celular|cel|telefono|bateria|carro|compu|computadora)";
    private const string Game = @"(?:boss|bosses|zombies?|zombis?|monsters?|monstruos?|enemies|enemigos|bad guys|aliens|bichos|game|juego|level|nivel|videojuego|video game|fortnite|minecraft|roblox|zelda|mario)";
    private const string Pet = @"(?:pet|dog|cat|fish|hamster|bird|mascota|perro|perra|perrito|perrita|gato|gata|gatito|gatita|pez|pescadito|pajarito|conejo|tortuga)";

    public static readonly PhraseSet Phrases = new(IdiomPattern);

    private const string IdiomPattern =
        " (?:" + $@"{Things} (?:\w+ ){{0,3}}(?:killing|kills|kill) (?:me|us)"
        + "|" + @"kill\w* (?:me|us) if"
        + "|" + @"(?:killed|killing|kill) it"
        + "|" + @"kill\w* (?:some )?time"
        + "|" + @"dying (?:to|for)"
        + "|" + @"(?:die|died|dying|dead) (?:laughing|of laughter|of embarrassment|of boredom)"
        + "|" + @"to die for"
        + "|" + @"dead (?:tired|line|end|serious|set)"
        + "|" + @"deadline"
        + "|" + @"(?:corta|corto|cortar|cortarse|cortarle|cortaron|cortando|cut|cuts|cutting) (?:\w+ ){0,2}(?:el pelo|el cabello|las unas|el fleco|his hair|her hair|their hair|my hair|the grass|el pasto|el zacate)"
        + "|" + @"bored to death"
        + "|" + @"scared (?:me )?to death"
        + "|" + @"over my dead body"
        + "|" + @"life ?saver"
        + "|" + @"saved my life"
        + "|" + @"(?:could|would) (?:murder|kill) (?:a|for a|for) (?:coffee|beer|burger|pizza|drink|taco|nap)"
        + "|" + $@"(?:morir|murio|muere|die|died|dying|dead) (?:el|la|mi|my|the) {Device}"
        + "|" + @"(?:suicide|self ?harm|suicidio) (?:prevention|awareness|warning signs)|prevencion del suicidio"
        + "|" + $@"{Device} (?:\w+ ){{0,3}}(?:dead|die|died|dying|dies|murio|muerto|muerta)"
        + "|" + $@"se (?:me )?murio (?:el|la|mi) {Device}"
        + "|" + $@"{Things} (?:\w+ ){{0,2}}me (?:esta |estan )?(?:matando|mata|matan)"
        + "|" + @"(?:me|nos) (?:va a |van a )?(?:mata|matan|matas|matar) si"
        + "|" + @"me mataron con"
        + "|" + @"(?:que mata|me mata|mata) (?:el|la|este|esta) (?:calor|frio|trafico|tarea|dolor|hambre|sueno)"
        + "|" + @"(?:muero|morir|muerto|muerta|muriendo|muriendome|muere) de (?:risa|hambre|sueno|frio|calor|ganas|nervios|verguenza|pena|cansancio|aburrimiento|la risa|envidia)"
        + "|" + @"(?:me muero|se muere|muriendo) por (?:ver|saber|ir|conocer|que)"
        + "|" + @"se mato (?:estudiando|trabajando|de risa)"
        + "|" + @"(?:ando|estoy|quede|llegue) (?:bien |re |super |toda |todo )?muert[oa]"
        + "|" + @"muertisim[oa]"
        + "|" + @"(?:me|nos) salvo la vida"
        + "|" + @"salvavidas"
        + "|" + @"nos morimos de (?:risa|hambre)"
        + "|" + $@"(?:killed|kill|killing|kills|matando|mato|matar|mata) (?:the |a |los |las |unos |el |all the |todos los )?(?:\w+ )?{Game}"
        + "|" + $@"{Pet} (?:\w+ ){{0,2}}(?:se murio|murio|died|passed away|passed|is dead|esta muert[oa])"
        + "|" + @"(?:passed away|died|murio|fallecio) (?:\w+ ){0,5}(?:from|of|de) (?:an |a |una |un )?\w+"
        + "|" + @"(?:passed away|died|murio|fallecio) (?:\w+ ){0,5}(?:years|months|anos|meses) (?:ago|atras)|(?:hace) (?:\w+ ){0,2}(?:anos|meses)"
        + "|" + @"(?:killing|kills|killed|mata|mato|matando) (?:\w+ )?(?:appetite|apetito|hambre|sleep|sueno|energy|energia|vibe|mood)"
        + "|" + @"(?:cutting|cut|skipping|se vuela|se salta) (?:\w+ )?(?:class|classes|school|clase|clases|escuela)"
        + "|" + @"(?:movie|film|video|pelicula|documentary|documental|book|libro|assembly|presentation|program|programa|talk|info\w*|handouts?|articles?|pamphlets?|folletos?|warning signs|senales|prevention|prevencion|class|clase|charla|platica|workshop|taller) (?:\w+ ){0,2}(?:on|about|sobre|de|acerca de) (?:\w+ )?(?:self ?harm|suicid\w*|cutting|autolesion\w*)(?: \w+)?" + ") ";
}
