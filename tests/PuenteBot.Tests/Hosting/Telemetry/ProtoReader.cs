namespace PuenteBot.Tests.Hosting.Telemetry;

/// <summary>
/// Just enough of the protobuf wire format to walk OTLP messages without their generated classes (the OTLP
/// .proto package is not available here): a message is read into its fields, a length-delimited field's bytes can be
/// read again as a message or as UTF-8 text. Field numbers are those of opentelemetry-proto's v1 messages.
/// </summary>
public sealed class ProtoReader
{
    public sealed record Field(int Number, int WireType, ulong Varint, byte[] Bytes)
    {
        public ProtoReader Message => new(Bytes);

        public string Text => System.Text.Encoding.UTF8.GetString(Bytes);
    }

    public ProtoReader(byte[] message)
    {
        var fields = new List<Field>();
        var at = 0;
        while (at < message.Length)
        {
            var key = ReadVarint(message, ref at);
            var number = (int)(key >> 3);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    fields.Add(new Field(number, wire, ReadVarint(message, ref at), []));
                    break;
                case 1:
                    fields.Add(new Field(number, wire, BitConverter.ToUInt64(message, at), message[at..(at + 8)]));
                    at += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref at);
                    fields.Add(new Field(number, wire, 0, message[at..(at + length)]));
                    at += length;
                    break;
                case 5:
                    fields.Add(new Field(number, wire, BitConverter.ToUInt32(message, at), message[at..(at + 4)]));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"wire type {wire} at byte {at}");
            }
        }

        Fields = fields;
    }

    public IReadOnlyList<Field> Fields { get; }

    public IEnumerable<ProtoReader> Messages(int number) => Fields.Where(f => f.Number == number).Select(f => f.Message);

    public string? Text(int number) => Fields.LastOrDefault(f => f.Number == number)?.Text;

    public byte[]? Bytes(int number) => Fields.LastOrDefault(f => f.Number == number)?.Bytes;

    public ulong? Number(int number) => Fields.LastOrDefault(f => f.Number == number)?.Varint;

    /// <summary>An OTLP <c>KeyValue</c> list (field <paramref name="number"/>) as key → value text (string, bool, int or double values).</summary>
    public Dictionary<string, string> Attributes(int number) => Messages(number).ToDictionary(
        kv => kv.Text(1)!,
        kv => kv.Messages(2).Single() is var any && any.Fields.Single() is var value
            ? value.Number switch
            {
                1 => value.Text,
                2 => (value.Varint != 0).ToString(),
                3 => ((long)value.Varint).ToString(System.Globalization.CultureInfo.InvariantCulture),
                4 => BitConverter.Int64BitsToDouble((long)value.Varint).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => $"(field {value.Number})",
            }
            : string.Empty);

    private static ulong ReadVarint(byte[] bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
