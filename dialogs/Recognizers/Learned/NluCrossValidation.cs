namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// Writer-grouped cross-validation: for each fold, the heads are trained on the other writers and read the fold's
/// messages. The out-of-fold outputs choose the thresholds and give the cross-validated figures.
/// </summary>
public static class NluCrossValidation
{
    public static NluOutput[] OutOfFold(IReadOnlyList<CorpusRecord> records, int folds, NluTrainingOptions options)
    {
        var fold = WriterFolds.Assign(records, folds);
        var outputs = new NluOutput[records.Count];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, k =>
        {
            var train = records.Where((_, i) => fold[i] != k).ToList();
            var trainer = new NluTrainer(options);
            var model = trainer.Train(train);
            var recognizer = LearnedRecognizer.FromTrained(model);
            for (var i = 0; i < records.Count; i++)
            {
                if (fold[i] == k)
                {
                    outputs[i] = recognizer.Predict(records[i].Text);
                }
            }
        });
        return outputs;
    }
}
