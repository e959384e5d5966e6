// Prints the determinism sample's answers: run in a second process by test/fuzz/determinism.test.ts.
import { sampleAnswers } from './determinism-sample';

process.stdout.write(sampleAnswers());
