namespace ThumbnailService.Bench.Tests.Lambda;

/// <summary>Rows of the Lambda bench with one source ("photo"), for the tests of what is made from rows.</summary>
internal static class LambdaRows
{
    public static LambdaRow Row(int memoryMb, double warmMs, double coldMs = double.NaN)
    {
        var samples = new LambdaSamples();
        samples.Add(memoryMb, LambdaMode.Warm, "photo", warmMs, 100);
        if (!double.IsNaN(coldMs))
        {
            samples.Add(memoryMb, LambdaMode.Cold, "photo", coldMs, 100);
        }

        return samples.Row(memoryMb, ["photo"], LambdaPrice.X86UsEast1);
    }
}
