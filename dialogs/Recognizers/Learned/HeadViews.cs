using Microsoft.ML;
using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The featurized corpus cut for one head at a time: the rows it trains on and their label.</summary>
internal sealed class HeadViews(MLContext ml, IReadOnlyList<CorpusRecord> records, VBuffer<float>[] features, int dimension)
{
    private readonly SchemaDefinition schema = Schema(dimension);

    public IDataView Binary(Func<CorpusRecord, bool> include, Func<CorpusRecord, bool> label) =>
        View(include, r => new HeadRow { Label = label(r) });

    public IDataView Classes(Func<CorpusRecord, bool> include, Func<CorpusRecord, string> label) =>
        View(include, r => new HeadRow { Class = label(r) });

    private IDataView View(Func<CorpusRecord, bool> include, Func<CorpusRecord, HeadRow> row)
    {
        var rows = new List<HeadRow>();
        for (var i = 0; i < records.Count; i++)
        {
            if (include(records[i]))
            {
                var r = row(records[i]);
                r.Features = features[i];
                rows.Add(r);
            }
        }

        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    private static SchemaDefinition Schema(int dimension)
    {
        var definition = SchemaDefinition.Create(typeof(HeadRow));
        definition[nameof(HeadRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return definition;
    }
}
