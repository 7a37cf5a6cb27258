/** A radio group for one single-choice question. */
interface Props<Choice extends string> {
  name: string;
  choices: readonly Choice[];
  labels: Record<Choice, string>;
  value: Choice;
  onChange: (value: Choice) => void;
}

export function ChoiceList<Choice extends string>({ name, choices, labels, value, onChange }: Props<Choice>) {
  return (
    <ul class="choices">
      {choices.map((choice) => (
        <li>
          <label class={`choice${value === choice ? " checked" : ""}`}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <span>{labels[choice]}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
