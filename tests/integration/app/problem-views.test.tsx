// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError, NetworkError, ResponseShapeError } from '../../../src/api';
import { parseProblem } from '../../../src/domain/topology';
import { FailureView } from '../../../src/features/problems/FailureView';
import { ProblemView } from '../../../src/features/problems/ProblemView';
import { problem } from '../../fixtures/api';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// The API tests' 422 with no instance, and one more issue of a code the catalog does not know.
const body = {
  ...problem,
  instance: undefined,
  detail: '3 errors prevent deriving the microgrid topology of depot dep-1.',
  errors: [
    ...problem.errors,
    {
      code: 'FLUX_CAPACITOR_OFFLINE',
      severity: 'error',
      message: 'Something the catalog does not know.',
      entity: { type: 'GADGET', id: 'g-1' },
    },
  ],
};

describe('ProblemView', () => {
  it('shows title, detail, a count and every issue in the order received', async () => {
    render(<ProblemView depotId="dep-1" problem={parseProblem(body)} rawBody={JSON.stringify(body)} />);
    expect(screen.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
    expect(screen.getByText('3 errors prevent deriving the microgrid topology of depot dep-1.')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(within(panel).getByText('3 errors, 0 warnings')).toBeInTheDocument();
    const items = await within(panel).findAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/^[A-Z_]+$/).textContent)).toEqual([
      'CIRCUIT_CAPACITY_MISSING',
      'CHARGE_POINT_CIRCUIT_NOT_FOUND',
      'FLUX_CAPACITOR_OFFLINE',
    ]);
    expect(items[0]).toHaveTextContent('A circuit has neither a default nor a safe capacity.');
    expect(items[0]).toHaveTextContent('Circuit circ-a (Bay A)');
    expect(items[0]).toHaveTextContent('/circuits/1');
    expect(items[1]).toHaveTextContent('Charger cp-017 (Bay A charger 17)');
    expect(items[1]).toHaveTextContent('RelatedCircuit circ-x');
    // An unknown code is kept, shown with its own message.
    expect(items[2]).toHaveTextContent('Something the catalog does not know.');
    expect(items[2]).toHaveTextContent('GADGET g-1');
  });

  it('shows the raw body pretty-printed on request', async () => {
    const user = userEvent.setup();
    render(<ProblemView depotId="dep-1" problem={parseProblem(body)} rawBody={JSON.stringify(body)} />);
    expect(screen.queryByRole('region', { name: 'Raw response' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show raw response' }));
    const raw = screen.getByRole('region', { name: 'Raw response' });
    expect(raw.textContent).toContain('  "type": "/problems/microgrid-topology-invalid",\n');
    expect(screen.getByRole('button', { name: 'Hide raw response' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('copies a stable plain-text list of the issues', async () => {
    const user = userEvent.setup();
    render(<ProblemView depotId="dep-1" problem={parseProblem(body)} rawBody={JSON.stringify(body)} />);
    await user.click(await screen.findByRole('button', { name: 'Copy issues' }));
    expect(screen.getByText('Issues copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      [
        'Microgrid topology cannot be assembled',
        '3 errors prevent deriving the microgrid topology of depot dep-1.',
        'Depot: dep-1, Microgrid: mg-1',
        '',
        '3 issues:',
        '1. CIRCUIT_CAPACITY_MISSING (error) CIRCUIT circ-a (Bay A): Circuit circ-a has neither a default nor a safe capacity. Pointer: /circuits/1',
        '2. CHARGE_POINT_CIRCUIT_NOT_FOUND (error) CHARGE_POINT cp-017 (Bay A charger 17): Charge point cp-017 is assigned to circuit circ-x, which does not exist. Related: CIRCUIT circ-x Pointer: /charge_points/16/circuit_id',
        '3. FLUX_CAPACITOR_OFFLINE (error) GADGET g-1: Something the catalog does not know.',
        '',
      ].join('\n'),
    );
  });

  it('still shows title and detail when errors is malformed, and says what was wrong', () => {
    const broken = { ...body, errors: 'oops' };
    render(<ProblemView depotId="dep-1" problem={parseProblem(broken)} rawBody={JSON.stringify(broken)} />);
    expect(screen.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
    expect(screen.getByText(body.detail)).toBeInTheDocument();
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('The list of issues in this response could not be read');
    expect(note).toHaveTextContent('at errors:');
    expect(screen.queryByRole('button', { name: 'Copy issues' })).not.toBeInTheDocument();
  });
});

describe('FailureView', () => {
  it('lists where a response breaks the contract and retries on request', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new ResponseShapeError('dep-1', ['at nodes[0].kind: expected string, received number'], '{"nodes":[]}', 200);
    render(<FailureView error={error} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'The response does not match the API contract' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Where the response breaks the contract' });
    expect(within(list).getByText('at nodes[0].kind: expected string, received number')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("tells a 403 to ask for access and shows the server's message", () => {
    const error = new HttpError('dep-1', 403, null, 'Workspace ws-9 may not read depot dep-1', '{"detail":"..."}');
    render(<FailureView error={error} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.getByText(/Ask an administrator for access/)).toBeInTheDocument();
    expect(screen.getByText('Workspace ws-9 may not read depot dep-1')).toBeInTheDocument();
    expect(screen.getByText('HTTP 403')).toBeInTheDocument();
  });

  it('a network failure has no status and no raw response', () => {
    render(<FailureView error={new NetworkError('dep-1', new TypeError('Failed to fetch'))} onRetry={() => {}} />);
    expect(screen.getByRole('heading', { name: 'The server could not be reached' })).toBeInTheDocument();
    expect(screen.queryByText(/^HTTP/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show raw response' })).not.toBeInTheDocument();
  });
});
